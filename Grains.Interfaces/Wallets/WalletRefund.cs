namespace Frontdesk.Grains.Wallets;

/// <summary>An advance paid back (cash out, to the card, by transfer); never more than the client has, credit aside.</summary>
public sealed record WalletRefund(string OperationId, Money Amount, PaymentMethod Method, string Reason);
