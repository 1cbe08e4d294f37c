namespace Frontdesk.Grains.Wallets;

public sealed record PackSessionUsed(string PackId, string VisitId) : WalletEvent;
