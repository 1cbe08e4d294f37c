namespace Frontdesk.Grains.Wallets;

public sealed record CreditLimitSet(Money Limit) : WalletEvent;
