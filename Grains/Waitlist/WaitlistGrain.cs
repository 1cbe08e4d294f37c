using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Common;

namespace Frontdesk.Grains.Waitlist;

[GrainType("waitlist")]
public sealed class WaitlistGrain(TimeProvider time) : JournaledGrain<WaitlistState, WaitlistEvent>, IWaitlistGrain, IRemindable
{
    // An entry's view per change; a freed slot heard is the day's cancellation echoed, audited there.
    protected override string? AuditSubject(WaitlistEvent @event) => @event switch
    {
        WaitlistJoined e => AuditSubjects.Waitlist(e.Entry.Id),
        WaitlistLeft e => AuditSubjects.Waitlist(e.EntryId),
        SlotOffered e => AuditSubjects.Waitlist(e.EntryId),
        OfferExpired e => AuditSubjects.Waitlist(e.EntryId),
        _ => null,
    };

    protected override object? AuditView(string subject) => State.Entries.GetValueOrDefault(AuditSubjects.IdOf(subject));

    /// <summary>How many waiting clients one freed slot is offered to at once; the first to book it has it.</summary>
    public const int OffersPerSlot = 3;
    public static readonly TimeSpan OfferLifetime = TimeSpan.FromMinutes(30);
    private const string ExpiryReminder = "offer-expiry";

    public async Task<WaitlistEntry> JoinAsync(WaitlistRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.OperationId)) throw CommandRejectedException.Invalid("invalid-operation-id", "Joining the waitlist carries an operation id.");
        if (State.Operations.TryGetValue(request.OperationId, out var done) && State.Entries.TryGetValue(done, out var existing)) return existing;
        if (request.Client is null || string.IsNullOrWhiteSpace(request.Client.ClientId))
            throw CommandRejectedException.Invalid("invalid-client", "A waitlist entry names its client.");
        if (request.To < request.From) throw CommandRejectedException.Invalid("invalid-range", $"The range ends ({request.To}) before it starts ({request.From}).");
        var catalog = await GrainFactory.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        catalog.Service(request.ServiceId);
        if (request.BranchId is not null) catalog.Branch(request.BranchId);
        if (request.SpecialistId is not null && !catalog.Specialist(request.SpecialistId).ServiceIds.Contains(request.ServiceId))
            throw CommandRejectedException.Unprocessable("service-not-performed", "That specialist does not perform that service.");
        var entry = new WaitlistEntry(RandomIds.New("wl"), request.Client, request.ServiceId, request.From, request.To, request.BranchId,
            request.SpecialistId, time.GetUtcNow(), []);
        RaiseEvent(new WaitlistJoined(entry, request.OperationId));
        return entry;
    }

    public Task LeaveAsync(string entryId)
    {
        if (State.Entries.ContainsKey(entryId)) RaiseEvent(new WaitlistLeft(entryId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WaitlistEntry>> GetAsync() =>
        Task.FromResult<IReadOnlyList<WaitlistEntry>>([.. State.Entries.Values.OrderBy(e => e.JoinedAt)]);

    public async Task<IReadOnlyList<WaitlistOffer>> SlotFreedAsync(FreedSlot slot)
    {
        var slotId = $"{slot.DayKey}|{slot.ReleasedBookingId}|{slot.From:O}";
        if (State.HeardSlots.Contains(slotId) || !SpecialistDayKey.TryParse(slot.DayKey, out var day)) return [];
        RaiseEvent(new FreedSlotHeard(slotId));
        var now = time.GetUtcNow();
        var catalog = await GrainFactory.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        if (catalog.FindSpecialist(day.SpecialistId) is not { } specialist || catalog.FindBranch(day.BranchId) is not { } branch) return [];
        var zone = TimeZoneInfo.FindSystemTimeZoneById(branch.TimeZone);
        var offers = new List<WaitlistOffer>();
        foreach (var entry in State.Entries.Values.OrderBy(e => e.JoinedAt))
        {
            if (offers.Count == OffersPerSlot) break;
            if (day.Date < entry.From || day.Date > entry.To) continue;
            if (entry.BranchId is not null && entry.BranchId != day.BranchId) continue;
            if (entry.SpecialistId is not null && entry.SpecialistId != day.SpecialistId) continue;
            if (!specialist.ServiceIds.Contains(entry.ServiceId) || catalog.FindService(entry.ServiceId) is not { } service) continue;
            var start = slot.From.AddMinutes(service.BufferBeforeMinutes);
            var fits = start.AddMinutes(service.DurationMinutes + service.BufferAfterMinutes) <= slot.To && start > now;
            if (!fits) continue;
            var offer = new WaitlistOffer(RandomIds.New("of"), slot.DayKey, day.BranchId, day.SpecialistId, day.Date,
                TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime), start, now + OfferLifetime);
            RaiseEvent(new SlotOffered(entry.Id, offer));
            offers.Add(offer);
        }
        if (offers.Count > 0) await RegisterOrUpdateReminder(ExpiryReminder, OfferLifetime, TimeSpan.Zero);
        return offers;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var now = time.GetUtcNow();
        foreach (var entry in State.Entries.Values.ToList())
            foreach (var offer in entry.Offers.Where(o => o.ExpiresAt <= now))
                RaiseEvent(new OfferExpired(entry.Id, offer.OfferId));
        var next = State.Entries.Values.SelectMany(e => e.Offers).Select(o => o.ExpiresAt).DefaultIfEmpty().Min();
        if (next > now) await RegisterOrUpdateReminder(ExpiryReminder, next - now, TimeSpan.Zero);
    }
}
