namespace Frontdesk.Grains.Wallets;

public sealed record PackSessionReturned(string PackId, string VisitId) : WalletEvent;
