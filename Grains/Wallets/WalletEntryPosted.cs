namespace Frontdesk.Grains.Wallets;

public sealed record WalletEntryPosted(WalletEntry Entry) : WalletEvent;
