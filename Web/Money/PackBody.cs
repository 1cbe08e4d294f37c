using Frontdesk.Grains.Wallets;

namespace Frontdesk.Web.Money;

/// <summary>A pack or membership to sell; its id is the request's Idempotency-Key. Price in minor units.</summary>
public sealed record PackBody(string Name, PackKind Kind, IReadOnlyList<string> ServiceIds, int? Sessions, long Price, PaymentMethod PaidBy,
    DateOnly ValidFrom, DateOnly? ValidUntil = null, TimeOnly? DailyFrom = null, TimeOnly? DailyTo = null, int PersonsPerVisit = 1, string? Currency = null);
