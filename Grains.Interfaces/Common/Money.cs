namespace Frontdesk.Grains;

/// <summary>An amount in minor units (kopecks, cents) of an ISO 4217 currency: money is never a double.</summary>
public readonly record struct Money(long Minor, string Currency)
{
    public static Money Zero(string currency) => new(0, currency);

    public Money Add(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
            throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");
        return new Money(checked(Minor + other.Minor), Currency);
    }

    public override string ToString() => $"{Minor / 100}.{Math.Abs(Minor % 100):00} {Currency}";
}
