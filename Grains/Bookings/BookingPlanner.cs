using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Bookings;

/// <summary>The rules of placing a visit in a specialist's day, as pure functions of the day's state and context.</summary>
internal static class BookingPlanner
{
    public const int MaxServicesPerBooking = 10;

    /// <summary>Reception may enter a booking that started this long ago (the client is at the desk); not earlier.</summary>
    public static readonly TimeSpan LateEntryGrace = TimeSpan.FromMinutes(15);

    public static DateTimeOffset StartUtc(DayContext ctx, TimeOnly start) =>
        BranchClock.ToUtc(ctx.Key.Date, start, ctx.Zone) ?? throw CommandRejectedException.Unprocessable("nonexistent-local-time",
            $"{start:HH\\:mm} does not exist on {ctx.Key.Date:yyyy-MM-dd} in {ctx.Branch.TimeZone}: the clocks skip it (daylight saving).",
            new Dictionary<string, object?> { ["start"] = start.ToString("HH:mm"), ["date"] = ctx.Key.Date, ["timeZone"] = ctx.Branch.TimeZone });

    public static PlannedVisit Plan(DayContext ctx, IReadOnlyList<string>? serviceIds, DateTimeOffset start)
    {
        if (serviceIds is not { Count: > 0 }) throw CommandRejectedException.Invalid("no-services", "A booking names one service at least.");
        if (serviceIds.Count > MaxServicesPerBooking)
            throw CommandRejectedException.Invalid("too-many-services", $"A booking holds at most {MaxServicesPerBooking} services; book the rest separately.");
        var services = serviceIds.Select(id => ctx.Catalog.FindService(id ?? "") ?? throw CommandRejectedException.NotFound("unknown-service",
            $"There is no service '{id}'.", new Dictionary<string, object?> { ["serviceId"] = id })).ToList();
        foreach (var service in services.Where(s => !ctx.Specialist.ServiceIds.Contains(s.Id)))
            throw CommandRejectedException.Unprocessable("service-not-performed", $"{ctx.Specialist.Name} does not perform '{service.Name}'.",
                new Dictionary<string, object?> { ["serviceId"] = service.Id, ["specialistId"] = ctx.Specialist.Id });
        var types = services.Select(s => s.ResourceType).OfType<string>().Distinct().ToList();
        if (types.Count > 1)
            throw CommandRejectedException.Unprocessable("several-room-types", $"These services need different rooms ({string.Join(", ", types)}); book them as separate visits.");
        var lines = new List<ServiceLine>(services.Count);
        var cursor = start;
        var total = Money.Zero(services[0].Price.Currency);
        foreach (var service in services)
        {
            if (service.Price.Currency != total.Currency)
                throw CommandRejectedException.Unprocessable("mixed-currencies", "The services of one booking must be priced in one currency.");
            var end = cursor.AddMinutes(service.DurationMinutes);
            lines.Add(new ServiceLine(service.Id, service.Name, cursor, end, service.Price));
            total = total.Add(service.Price);
            cursor = end;
        }
        var occupied = new UtcSpan(start.AddMinutes(-services[0].BufferBeforeMinutes), cursor.AddMinutes(services[^1].BufferAfterMinutes));
        return new PlannedVisit(lines, start, cursor, occupied, total, types.FirstOrDefault());
    }

    /// <summary>The date is one a booking can be made for: not before today, not beyond the chain's booking horizon.</summary>
    public static void CheckDate(DayContext ctx)
    {
        if (ctx.Key.Date < ctx.Today)
            throw CommandRejectedException.Unprocessable("date-in-the-past", $"{ctx.Key.Date:yyyy-MM-dd} has passed at {ctx.Branch.Name}.");
        var horizon = ctx.Today.AddDays(ctx.Catalog.Profile.BookingHorizonDays);
        if (ctx.Key.Date > horizon)
            throw CommandRejectedException.Unprocessable("beyond-horizon",
                $"Bookings are taken up to {ctx.Catalog.Profile.BookingHorizonDays} days ahead (until {horizon:yyyy-MM-dd}); {ctx.Key.Date:yyyy-MM-dd} is further.");
    }

    public static void CheckNotPast(DayContext ctx, DateTimeOffset start)
    {
        if (start < ctx.Now - LateEntryGrace)
            throw CommandRejectedException.Unprocessable("start-in-the-past",
                $"{BranchClock.ToLocal(start, ctx.Zone):HH:mm} has passed at {ctx.Branch.Name} (now {BranchClock.ToLocal(ctx.Now, ctx.Zone):HH:mm}).");
    }

    /// <summary>The visit's time, buffers included, lies in one working interval and overlaps no booking that holds its time.</summary>
    public static void CheckFits(DayContext ctx, SpecialistDayState state, UtcSpan occupied, string? except = null)
    {
        if (!ctx.HoursUtc.Any(h => h.Contains(occupied)))
            throw CommandRejectedException.Unprocessable("outside-working-hours",
                $"{Local(ctx, occupied)} is outside {ctx.Specialist.Name}'s working hours on {ctx.Key.Date:yyyy-MM-dd} " +
                $"({(ctx.Hours.Count == 0 ? "not working" : string.Join(", ", ctx.Hours))}).",
                new Dictionary<string, object?> { ["hours"] = ctx.Hours.Select(h => h.ToString()).ToArray() });
        var clash = FindClash(state, occupied, ctx.Now, except);
        if (clash is not null)
            throw CommandRejectedException.Conflict("slot-taken",
                $"{Local(ctx, occupied)} overlaps booking {clash.Number} ({Local(ctx, new UtcSpan(clash.OccupiedFrom, clash.OccupiedTo))}).",
                new Dictionary<string, object?>
                {
                    ["conflictingBooking"] = clash.Number,
                    ["conflictingFrom"] = clash.OccupiedFrom,
                    ["conflictingTo"] = clash.OccupiedTo,
                });
    }

    public static Booking? FindClash(SpecialistDayState state, UtcSpan occupied, DateTimeOffset now, string? except = null)
    {
        Booking? first = null;
        foreach (var b in state.Bookings.Values)
        {
            if (b.Id == except || !b.OccupiesAt(now) || !occupied.Overlaps(new UtcSpan(b.OccupiedFrom, b.OccupiedTo))) continue;
            if (first is null || b.OccupiedFrom < first.OccupiedFrom) first = b;
        }
        return first;
    }

    public static string Local(DayContext ctx, UtcSpan span) =>
        $"{BranchClock.ToLocal(span.From, ctx.Zone):HH:mm}–{BranchClock.ToLocal(span.To, ctx.Zone):HH:mm}";
}
