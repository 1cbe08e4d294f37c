namespace Frontdesk.Grains.Wallets;

/// <summary>How money changes hands: the first three bring money in from outside; the rest spend what the client already has.</summary>
public enum PaymentMethod
{
    Cash,
    Card,
    Transfer,
    Wallet,
    Certificate,
    Pack,
}
