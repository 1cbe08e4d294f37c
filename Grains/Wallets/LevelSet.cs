namespace Frontdesk.Grains.Wallets;

public sealed record LevelSet(string? LevelId) : WalletEvent;
