namespace Frontdesk.Grains.Wallets;

/// <summary>A pack or membership the client holds, with the visits that used it; <see cref="Remaining"/> is null when unlimited.</summary>
public sealed record VisitPack(PackSale Sale, IReadOnlyList<string> UsedByVisits, DateTimeOffset SoldAt)
{
    public int? Remaining => Sale.Sessions is { } sessions ? sessions - UsedByVisits.Count : null;
}
