namespace Frontdesk.Grains.Wallets;

public sealed record PackSold(PackSale Sale, DateTimeOffset At) : WalletEvent;
