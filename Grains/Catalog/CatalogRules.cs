using System.Text.RegularExpressions;

namespace Frontdesk.Grains.Catalog;

/// <summary>What a catalog entry must be, checked against the rest of the catalog before it is stored.</summary>
internal static partial class CatalogRules
{
    private const string InvalidEntry = "invalid-catalog-entry";
    private static readonly int[] GridSteps = [5, 10, 15, 30, 60];

    // Ids end up in grain keys ("branch/specialist/date"), URLs and booking numbers: keep them plain.
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z0-9]{2,6}$")]
    private static partial Regex BranchCodePattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    public static void Check(ChainProfile p)
    {
        var problems = new Problems();
        problems.Text("name", p.Name, 200);
        problems.Currency("currency", p.Currency);
        if (p.PhoneRegion is not { Length: 2 } || !p.PhoneRegion.All(char.IsAsciiLetterUpper)) problems.Add("phoneRegion", "must be a two-letter region such as RU");
        if (p.BookingHorizonDays is < 1 or > 1000) problems.Add("bookingHorizonDays", "must be 1 to 1000");
        problems.ThrowIfAny(InvalidEntry, "chain profile");
    }

    public static void Check(Branch b, CatalogState state)
    {
        var problems = new Problems();
        problems.Id("id", b.Id);
        if (b.Code is null || !BranchCodePattern().IsMatch(b.Code)) problems.Add("code", "must be 2 to 6 capital letters or digits");
        else if (state.Branches.Values.Any(o => o.Id != b.Id && o.Code == b.Code)) problems.Add("code", $"'{b.Code}' is another branch's code");
        problems.Text("name", b.Name, 200);
        problems.Text("city", b.City, 100);
        problems.Text("address", b.Address, 300);
        if (string.IsNullOrWhiteSpace(b.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(b.TimeZone, out _))
            problems.Add("timeZone", $"'{b.TimeZone}' is not an IANA time zone (e.g. Europe/Moscow)");
        problems.Currency("currency", b.Currency);
        if (b.OpeningHours is null) problems.Add("openingHours", "is required (an empty list means always closed)");
        else
        {
            if (b.OpeningHours.Any(h => h.Opens >= h.Closes)) problems.Add("openingHours", "each day must open before it closes");
            if (b.OpeningHours.GroupBy(h => h.Day).Any(g => g.Count() > 1)) problems.Add("openingHours", "a weekday appears twice");
        }
        if (b.DaysOff is null) problems.Add("daysOff", "is required (it may be empty)");
        if (!GridSteps.Contains(b.GridStepMinutes)) problems.Add("gridStepMinutes", "must be 5, 10, 15, 30 or 60");
        problems.ThrowIfAny(InvalidEntry, $"branch '{b.Id}'");
    }

    public static void Check(Direction d)
    {
        var problems = new Problems();
        problems.Id("id", d.Id);
        problems.Text("name", d.Name, 200);
        problems.ThrowIfAny(InvalidEntry, $"direction '{d.Id}'");
    }

    public static void Check(Service s, CatalogState state)
    {
        var problems = new Problems();
        problems.Id("id", s.Id);
        problems.Text("name", s.Name, 200);
        if (s.DirectionId is null || !state.Directions.ContainsKey(s.DirectionId)) problems.Add("directionId", $"there is no direction '{s.DirectionId}'");
        if (s.DurationMinutes is < 5 or > 720) problems.Add("durationMinutes", "must be 5 to 720");
        if (s.BufferBeforeMinutes is < 0 or > 240) problems.Add("bufferBeforeMinutes", "must be 0 to 240");
        if (s.BufferAfterMinutes is < 0 or > 240) problems.Add("bufferAfterMinutes", "must be 0 to 240");
        if (s.Price.Minor < 0) problems.Add("price", "cannot be negative");
        problems.Currency("price.currency", s.Price.Currency);
        if (s.ResourceType is not null && !IdPattern().IsMatch(s.ResourceType)) problems.Add("resourceType", "must be lower-case letters, digits, '-' or '_'");
        problems.ThrowIfAny(InvalidEntry, $"service '{s.Id}'");
    }

    public static void Check(Specialist s, CatalogState state)
    {
        var problems = new Problems();
        problems.Id("id", s.Id);
        if (s.Number is < 1 or > 9999) problems.Add("number", "must be 1 to 9999");
        else if (state.Specialists.Values.Any(o => o.Id != s.Id && o.Number == s.Number)) problems.Add("number", $"№{s.Number} is another specialist's");
        problems.Text("name", s.Name, 200);
        problems.Text("position", s.Position, 200);
        if (s.BranchIds is not { Count: > 0 }) problems.Add("branchIds", "a specialist works at one branch at least");
        foreach (var id in s.BranchIds ?? []) if (!state.Branches.ContainsKey(id)) problems.Add("branchIds", $"there is no branch '{id}'");
        foreach (var id in s.DirectionIds ?? []) if (!state.Directions.ContainsKey(id)) problems.Add("directionIds", $"there is no direction '{id}'");
        foreach (var id in s.ServiceIds ?? []) if (!state.Services.ContainsKey(id)) problems.Add("serviceIds", $"there is no service '{id}'");
        if (s.PhotoUrl is { Length: > 500 }) problems.Add("photoUrl", "is longer than 500 characters");
        problems.ThrowIfAny(InvalidEntry, $"specialist '{s.Id}'");
    }

    public static void Check(Resource r, CatalogState state)
    {
        var problems = new Problems();
        problems.Id("id", r.Id);
        if (r.BranchId is null || !state.Branches.ContainsKey(r.BranchId)) problems.Add("branchId", $"there is no branch '{r.BranchId}'");
        if (r.Type is null || !IdPattern().IsMatch(r.Type)) problems.Add("type", "must be lower-case letters, digits, '-' or '_'");
        problems.Text("name", r.Name, 200);
        problems.ThrowIfAny(InvalidEntry, $"resource '{r.Id}'");
    }

    internal static void Id(this Problems problems, string field, string? value)
    {
        if (value is null || !IdPattern().IsMatch(value)) problems.Add(field, "must be 1 to 64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
    }

    private static void Currency(this Problems problems, string field, string? value)
    {
        if (value is null || !CurrencyPattern().IsMatch(value)) problems.Add(field, "must be an ISO 4217 code such as RUB");
    }
}
