using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Common;
using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Waitlist;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// One specialist's day at one branch. Every command is decided against the whole day (turns are one at a time)
/// and the commands that queue behind a turn are stored in one append; the journal's version check makes the
/// same true across nodes. What must happen to other grains because of a commit (claiming or freeing a room,
/// telling the waitlist) goes through the day's outbox: done after the commit, and finished by a reminder if
/// the node dies first.
/// </summary>
[GrainType("specialist-day")]
public sealed class SpecialistDayGrain(TimeProvider time, ILogger<SpecialistDayGrain> logger)
    : JournaledGrain<SpecialistDayState, SpecialistDayEvent>, ISpecialistDayGrain, IRemindable
{
    /// <summary>Day-wide events (pinned hours, outbox steps) belong to the booking command that raised them.</summary>
    protected override string? AuditSubject(SpecialistDayEvent @event) => @event.BookingId is { } id ? AuditSubjects.Booking(id) : null;

    protected override object? AuditView(string subject) => State.Bookings.GetValueOrDefault(AuditSubjects.IdOf(subject));

    private const string OutboxReminder = "outbox";
    private const string HoldsReminder = "holds";
    private static readonly TimeSpan MaxHold = TimeSpan.FromMinutes(30);

    private SpecialistDayKey _key;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!SpecialistDayKey.TryParse(GetPrimaryKeyString(), out _key))
            throw CommandRejectedException.Invalid("invalid-day-key", $"'{GetPrimaryKeyString()}' is not a specialist-day (branch/specialist/yyyy-MM-dd).");
        return Task.CompletedTask;
    }

    public async Task<SpecialistDayView> GetAsync()
    {
        var ctx = await ContextAsync();
        return View(ctx);
    }

    public Task<Booking> GetBookingAsync(string bookingId) => Task.FromResult(Find(bookingId));

    public Task<Booking> FindByNumberAsync(string number) =>
        Task.FromResult(State.Bookings.Values.FirstOrDefault(b => b.Number == number)
            ?? throw CommandRejectedException.NotFound("unknown-booking", $"There is no booking {number}: it is not on that day's calendar.",
                new Dictionary<string, object?> { ["number"] = number }));

    public async Task<IReadOnlyList<TimeOnly>> GetFreeStartsAsync(IReadOnlyList<string> serviceIds, int stepMinutes)
    {
        if (stepMinutes is < 5 or > 120) throw CommandRejectedException.Invalid("invalid-step", "The step is 5 to 120 minutes.");
        var ctx = await ContextAsync();
        var plan = BookingPlanner.Plan(ctx, serviceIds, ctx.Now);
        var shape = new VisitShape((int)(plan.Start - plan.Occupied.From).TotalMinutes, (int)(plan.End - plan.Start).TotalMinutes,
            (int)(plan.Occupied.To - plan.End).TotalMinutes);
        if (ctx.Key.Date < ctx.Today) return [];
        return [.. FreeStarts.Compute(_key.Date, ctx.Zone, Occupancy(ctx), shape, stepMinutes, ctx.Now).Select(s => s.Local)];
    }

    public async Task<DayOccupancy> GetOccupancyAsync() => Occupancy(await ContextAsync());

    public async Task<Booking> HoldAsync(BookingRequest request, TimeSpan holdFor)
    {
        if (holdFor <= TimeSpan.Zero || holdFor > MaxHold)
            throw CommandRejectedException.Invalid("invalid-hold", $"A hold lasts more than nothing and at most {MaxHold.TotalMinutes} minutes.");
        Check(request);
        if (Replayed(request.OperationId) is { } done) return done;
        var ctx = await ContextAsync();
        var booking = await PlaceAsync(ctx, request, BookingStatus.Held, ctx.Now + holdFor, movedFrom: null);
        await RegisterOrUpdateReminder(HoldsReminder, UntilNextHoldExpiry(), TimeSpan.Zero);
        return booking;
    }

    public async Task<Booking> BookAsync(BookingRequest request)
    {
        Check(request);
        if (Replayed(request.OperationId) is { } done) return done;
        var ctx = await ContextAsync();
        if (request.HoldId is { } holdId) return ConvertHold(ctx, request, holdId);
        var status = request.Source == BookingSource.WalkIn ? BookingStatus.Arrived
            : request.Confirmed ? BookingStatus.Confirmed : BookingStatus.Unconfirmed;
        return await PlaceAsync(ctx, request, status, holdExpiresAt: null, movedFrom: null);
    }

    public Task<Booking> ConfirmAsync(string bookingId) => TransitionAsync(bookingId, b => b.Status switch
    {
        BookingStatus.Confirmed => null,
        BookingStatus.Unconfirmed => new BookingConfirmed(b.Id, Now),
        _ => Refuse(b, "confirm"),
    });

    public Task<Booking> CheckInAsync(string bookingId) => TransitionAsync(bookingId, b => b.Status switch
    {
        BookingStatus.Arrived => null,
        BookingStatus.Unconfirmed or BookingStatus.Confirmed => new ClientArrived(b.Id, Now),
        _ => Refuse(b, "check in"),
    });

    public Task<Booking> StartVisitAsync(string bookingId) => TransitionAsync(bookingId, b => b.Status switch
    {
        BookingStatus.InProgress => null,
        BookingStatus.Unconfirmed or BookingStatus.Confirmed or BookingStatus.Arrived => new VisitStarted(b.Id, Now),
        _ => Refuse(b, "start"),
    });

    public Task<Booking> CompleteVisitAsync(string bookingId) => TransitionAsync(bookingId, b => b.Status switch
    {
        BookingStatus.Completed => null,
        BookingStatus.Arrived or BookingStatus.InProgress => new VisitCompleted(b.Id, Now),
        _ => Refuse(b, "complete"),
    });

    public Task<Booking> ReopenVisitAsync(string bookingId) => TransitionAsync(bookingId, b => b.Status switch
    {
        BookingStatus.Arrived => null,
        BookingStatus.Completed => new VisitReopened(b.Id, Now),
        _ => Refuse(b, "reopen"),
    });

    public Task<Booking> CancelAsync(string bookingId, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
            throw CommandRejectedException.Invalid("invalid-reason", "A cancellation gives a reason of at most 500 characters.");
        return TransitionAsync(bookingId, b => b.Status switch
        {
            BookingStatus.Cancelled => null,
            BookingStatus.Held or BookingStatus.Unconfirmed or BookingStatus.Confirmed or BookingStatus.Arrived => new BookingCancelled(b.Id, reason.Trim(), Now),
            _ => Refuse(b, "cancel"),
        });
    }

    public Task<Booking> MarkNoShowAsync(string bookingId) => TransitionAsync(bookingId, b => b.Status switch
    {
        BookingStatus.NoShow => null,
        BookingStatus.Unconfirmed or BookingStatus.Confirmed when Now >= b.Start => new BookingMarkedNoShow(b.Id, Now),
        BookingStatus.Unconfirmed or BookingStatus.Confirmed => throw CommandRejectedException.Conflict("not-started-yet",
            $"Booking {b.Number} has not started yet: a client is a no-show only after the start time."),
        _ => Refuse(b, "mark as no-show"),
    });

    public async Task<Booking> ReinstateAsync(string bookingId, BookingStatus status)
    {
        var booking = Find(bookingId);
        if (status is not (BookingStatus.Unconfirmed or BookingStatus.Confirmed))
            throw CommandRejectedException.Invalid("invalid-status", $"A booking is put back as Unconfirmed or Confirmed, not {status}.");
        if (booking.Status == status) return booking;
        if (booking.Status is BookingStatus.Arrived)
        {
            RaiseEvent(new BookingReinstated(booking.Id, status, Now));
            return Find(bookingId);
        }
        // A booking moved to another day lives on there; putting this copy back would make two.
        if (booking.Status is not (BookingStatus.Cancelled or BookingStatus.NoShow) || booking.MovedTo is not null
            || booking.CancelReason == "hold-expired")
            Refuse(booking, "be put back");
        var ctx = await ContextAsync();
        var occupied = new UtcSpan(booking.OccupiedFrom, booking.OccupiedTo);
        BookingPlanner.CheckFits(ctx, State, occupied, except: booking.Id);
        var resourceType = BookingPlanner.Plan(ctx, [.. booking.Services.Select(s => s.ServiceId)], booking.Start).ResourceType;
        if (resourceType is null)
        {
            RaiseEvent(new BookingReinstated(booking.Id, status, Now));
            return Find(bookingId);
        }
        // The room was let go with the cancellation: claim one again, and if none is free the booking stays as it was.
        return await ClaimRoomOrRevertAsync(booking with { Status = BookingStatus.Pending, CancelReason = null, ArrivedAt = null },
            new ResourceClaimRequest(resourceType, status, booking), after => after.Status == status,
            $"No {resourceType} is free at {BookingPlanner.Local(ctx, occupied)}; booking {booking.Number} stays {booking.Status}.");
    }

    public Task<Booking> EditNotesAsync(string bookingId, string? notes)
    {
        if (notes is { Length: > 2000 }) throw CommandRejectedException.Invalid("notes-too-long", "Notes are at most 2000 characters.");
        return TransitionAsync(bookingId, b => b.Notes == notes ? null : new NotesEdited(b.Id, notes));
    }

    public async Task<Booking> MoveWithinDayAsync(string bookingId, TimeOnly newStart)
    {
        var booking = Find(bookingId);
        if (booking.Status is not (BookingStatus.Unconfirmed or BookingStatus.Confirmed)) Refuse(booking, "move");
        var ctx = await ContextAsync();
        BookingPlanner.CheckDate(ctx);
        var start = BookingPlanner.StartUtc(ctx, newStart);
        if (start == booking.Start) return booking;
        var plan = BookingPlanner.Plan(ctx, [.. booking.Services.Select(s => s.ServiceId)], start);
        BookingPlanner.CheckNotPast(ctx, start);
        BookingPlanner.CheckFits(ctx, State, plan.Occupied, except: booking.Id);
        // The price stays what it was when booked; only the times move.
        var prices = booking.Services.ToDictionary(s => s.ServiceId, s => s.Price);
        var moved = booking with
        {
            Services = [.. plan.Lines.Select(l => l with { Price = prices.GetValueOrDefault(l.ServiceId, l.Price) })],
            Start = plan.Start,
            End = plan.End,
            OccupiedFrom = plan.Occupied.From,
            OccupiedTo = plan.Occupied.To,
        };
        if (plan.ResourceType is null)
        {
            RaiseEvent(new BookingRescheduled(moved, null));
            return Find(bookingId);
        }
        return await ClaimRoomOrRevertAsync(moved with { Status = BookingStatus.Pending }, new ResourceClaimRequest(plan.ResourceType, booking.Status, booking),
            after => after.Start == moved.Start, $"No {plan.ResourceType} is free at {newStart:HH\\:mm}; booking {booking.Number} stays as it was.");
    }

    /// <summary>
    /// Puts <paramref name="pending"/> on the day and claims its room (the claim's Revert puts the booking back as it was
    /// when none is free); <paramref name="claimed"/> tells the two apart, and the revert is made durable before the refusal.
    /// </summary>
    private async Task<Booking> ClaimRoomOrRevertAsync(Booking pending, ResourceClaimRequest claim, Func<Booking, bool> claimed, string refusal)
    {
        RaiseEvent(new BookingRescheduled(pending, claim));
        await DrainOutboxAsync();
        var after = Find(pending.Id);
        if (claimed(after)) return after;
        await ConfirmEvents();
        throw CommandRejectedException.Conflict("no-room-free", refusal);
    }

    public async Task<Booking> PlacePendingAsync(BookingRequest request, string? movedFrom)
    {
        Check(request);
        if (Replayed(request.OperationId) is { } done) return done;
        var ctx = await ContextAsync();
        return await PlaceAsync(ctx, request, BookingStatus.Pending, holdExpiresAt: null, movedFrom: movedFrom);
    }

    public Task<Booking> ConfirmPendingAsync(string bookingId, BookingStatus status)
    {
        if (status is not (BookingStatus.Unconfirmed or BookingStatus.Confirmed or BookingStatus.Arrived))
            throw CommandRejectedException.Invalid("invalid-status", $"A pending booking becomes unconfirmed, confirmed or arrived, not {status}.");
        return TransitionAsync(bookingId, b => b.Status switch
        {
            _ when b.Status == status => null,
            BookingStatus.Pending => new PendingConfirmed(b.Id, status, Now),
            _ => Refuse(b, "take the status " + status),
        });
    }

    public Task<Booking> AbandonPendingAsync(string bookingId) => TransitionAsync(bookingId, b => b.Status switch
    {
        BookingStatus.Cancelled => null,
        BookingStatus.Pending => new BookingCancelled(b.Id, "saga-abandoned", Now),
        _ => Refuse(b, "be abandoned"),
    });

    public Task<Booking> TransferOutAsync(string bookingId, string movedTo) => TransitionAsync(bookingId, b => b switch
    {
        { Status: BookingStatus.Cancelled } when b.MovedTo == movedTo => null,
        { Status: BookingStatus.Unconfirmed or BookingStatus.Confirmed or BookingStatus.Arrived } => new BookingTransferredOut(b.Id, movedTo, Now),
        _ => Refuse(b, "move"),
    });

    public async Task<IReadOnlyList<Booking>> FindStrandedAsync(IReadOnlyList<WorkingInterval> hours)
    {
        ScheduleRulesCheck(hours);
        var ctx = await ContextAsync();
        return Stranded(ctx, hours);
    }

    public async Task<WorkingHoursOutcome> ApplyWorkingHoursAsync(IReadOnlyList<WorkingInterval> hours, bool force)
    {
        ScheduleRulesCheck(hours);
        var ctx = await ContextAsync();
        var stranded = Stranded(ctx, hours);
        if (stranded.Count > 0 && !force) return new WorkingHoursOutcome(ctx.Key.ToString(), false, stranded);
        // A day that never had a booking follows the schedule as it is; one that did keeps hours of its own.
        if (State.PinnedHours is not null || State.Bookings.Count > 0)
        {
            if (State.PinnedHours is null || !State.PinnedHours.SequenceEqual(hours)) RaiseEvent(new HoursPinned(hours));
            foreach (var booking in stranded) RaiseEvent(new BookingFlagged(booking.Id, "schedule-changed"));
        }
        return new WorkingHoursOutcome(ctx.Key.ToString(), true, [.. stranded.Select(b => Find(b.Id))]);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == HoldsReminder)
        {
            var now = Now;
            foreach (var hold in State.Bookings.Values.Where(b => b.Status == BookingStatus.Held && b.HoldExpiresAt <= now).ToList())
                RaiseEvent(new HoldExpired(hold.Id, now));
            if (State.Bookings.Values.Any(b => b.Status == BookingStatus.Held))
                await RegisterOrUpdateReminder(HoldsReminder, UntilNextHoldExpiry(), TimeSpan.Zero);
        }
        await DrainOutboxAsync();
    }

    private async Task<Booking> PlaceAsync(DayContext ctx, BookingRequest request, BookingStatus status, DateTimeOffset? holdExpiresAt, string? movedFrom)
    {
        BookingPlanner.CheckDate(ctx);
        var walkIn = request.Source == BookingSource.WalkIn && movedFrom is null;
        var start = walkIn ? TruncateToMinute(ctx.Now) : BookingPlanner.StartUtc(ctx, request.Start);
        var plan = BookingPlanner.Plan(ctx, request.ServiceIds, start);
        if (!walkIn) BookingPlanner.CheckNotPast(ctx, start);
        BookingPlanner.CheckFits(ctx, State, plan.Occupied);
        var sequence = State.LastSequence + 1;
        var number = new BookingNumber(ctx.Branch.Code, ctx.Key.Date, ctx.Specialist.Number, sequence).ToString();
        var booking = new Booking(
            RandomIds.New("bk"), number, $"FD1:{number}:{RandomIds.Secret(12)}", ctx.Key.ToString(), ctx.Key.BranchId, ctx.Key.SpecialistId,
            ctx.Key.Date, request.Client with { Name = request.Client.Name.Trim() }, plan.Lines, plan.Start, plan.End, plan.Occupied.From, plan.Occupied.To,
            plan.ResourceType is null ? status : BookingStatus.Pending, request.Source, plan.Total, ctx.Now,
            Notes: string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes, HoldExpiresAt: holdExpiresAt, VisitId: request.VisitId,
            MovedFrom: movedFrom, ArrivedAt: status == BookingStatus.Arrived ? ctx.Now : null);
        var claim = plan.ResourceType is { } type ? new ResourceClaimRequest(type, status, null) : null;
        RaiseEvent(new BookingPlaced(booking, request.OperationId, State.PinnedHours is null ? [.. ctx.ScheduleHours] : null, claim));
        if (claim is null) return booking;
        await DrainOutboxAsync();
        var after = Find(booking.Id);
        if (after.Status == BookingStatus.Cancelled)
        {
            // The refusal is itself stored (the slot was briefly taken): make it durable before answering with it.
            await ConfirmEvents();
            throw CommandRejectedException.Conflict("no-room-free",
                $"No {claim.ResourceType} is free at {BookingPlanner.Local(ctx, plan.Occupied)} at {ctx.Branch.Name}.",
                new Dictionary<string, object?> { ["resourceType"] = claim.ResourceType });
        }
        return after;
    }

    private Booking ConvertHold(DayContext ctx, BookingRequest request, string holdId)
    {
        var hold = Find(holdId);
        if (hold.Status != BookingStatus.Held)
            throw CommandRejectedException.Conflict("not-a-hold", $"{hold.Number} is not a hold (it is {hold.Status}).");
        if (hold.HoldExpiresAt <= ctx.Now)
            throw CommandRejectedException.Conflict("hold-expired", $"The hold {hold.Number} expired at {BranchClock.ToLocal(hold.HoldExpiresAt!.Value, ctx.Zone):HH:mm}.");
        var status = request.Confirmed ? BookingStatus.Confirmed : BookingStatus.Unconfirmed;
        RaiseEvent(new HoldConverted(hold.Id, request.OperationId, request.Client, status, request.Notes, ctx.Now));
        return Find(hold.Id);
    }

    private async Task<Booking> TransitionAsync(string bookingId, Func<Booking, SpecialistDayEvent?> decide)
    {
        var booking = Find(bookingId);
        var @event = decide(booking);
        if (@event is null) return booking;
        RaiseEvent(@event);
        await DrainOutboxAsync();
        return Find(bookingId);
    }

    /// <summary>
    /// Performs what the day owes other grains. Its events are made durable first (the world must not see an
    /// effect of something that may yet be lost), and a reminder stands by in case this node dies mid-way.
    /// </summary>
    private async Task DrainOutboxAsync()
    {
        if (State.Outbox.Count == 0) return;
        await RegisterOrUpdateReminder(OutboxReminder, TimeSpan.FromMinutes(1), TimeSpan.Zero);
        await ConfirmEvents();
        foreach (var item in State.Outbox.ToList())
        {
            try
            {
                await PerformAsync(item);
                RaiseEvent(new OutboxItemDone(item.Id));
            }
            catch (Exception ex) when (ex is not CommandRejectedException)
            {
                logger.LogWarning(ex, "{Day}: {Item} not done yet; the outbox reminder tries again", _key, item.Id);
            }
        }
        if (State.Outbox.Count == 0) await UnregisterReminder(OutboxReminder);
    }

    private async Task PerformAsync(OutboxItem item)
    {
        var booking = Find(item.BookingId);
        switch (item.Kind)
        {
            case OutboxKind.ClaimResource:
                if (booking.Status is BookingStatus.Cancelled or BookingStatus.NoShow) return;
                var catalog = await GrainFactory.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
                var candidates = catalog.ResourcesOf(_key.BranchId, item.Claim!.ResourceType).Select(r => r.Id).ToList();
                if (booking.ResourceId is { } current && candidates.Remove(current)) candidates.Insert(0, current);
                foreach (var resourceId in candidates)
                {
                    var claim = new ResourceClaim(booking.Id, _key.ToString(), booking.OccupiedFrom, booking.OccupiedTo);
                    if (!await ResourceDay(resourceId).TryClaimAsync(claim)) continue;
                    RaiseEvent(new ResourceClaimed(booking.Id, resourceId, item.Claim.Then));
                    return;
                }
                if (item.Claim.Revert is { } revert) RaiseEvent(new BookingReverted(revert, $"no-free-{item.Claim.ResourceType}"));
                else RaiseEvent(new ResourceUnavailable(booking.Id, item.Claim.ResourceType, Now));
                return;
            case OutboxKind.ReleaseResource:
                await ResourceDay(item.ResourceId!).ReleaseAsync(booking.Id);
                return;
            case OutboxKind.NotifyWaitlist:
                await GrainFactory.GetGrain<IWaitlistGrain>(Chain.Key).SlotFreedAsync(item.Freed!);
                return;
        }
    }

    private IResourceDayGrain ResourceDay(string resourceId) =>
        GrainFactory.GetGrain<IResourceDayGrain>(new ResourceDayKey(_key.BranchId, resourceId, _key.Date).ToString());

    private async Task<DayContext> ContextAsync()
    {
        var catalog = await GrainFactory.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var branch = catalog.FindBranch(_key.BranchId) ?? throw CommandRejectedException.NotFound("unknown-branch",
            $"There is no branch '{_key.BranchId}'.", new Dictionary<string, object?> { ["branchId"] = _key.BranchId });
        var specialist = catalog.FindSpecialist(_key.SpecialistId) ?? throw CommandRejectedException.NotFound("unknown-specialist",
            $"There is no specialist '{_key.SpecialistId}'.", new Dictionary<string, object?> { ["specialistId"] = _key.SpecialistId });
        if (!specialist.BranchIds.Contains(branch.Id))
            throw CommandRejectedException.NotFound("not-at-branch", $"{specialist.Name} does not work at {branch.Name}.",
                new Dictionary<string, object?> { ["specialistId"] = specialist.Id, ["branchId"] = branch.Id });
        var zone = TimeZoneInfo.FindSystemTimeZoneById(branch.TimeZone);
        IReadOnlyList<WorkingInterval> schedule = State.PinnedHours
            ?? (await GrainFactory.GetGrain<ISpecialistScheduleGrain>(_key.SpecialistId).GetDayAsync(branch.Id, _key.Date)).Intervals;
        var hours = DayContext.WithinOpeningHours(schedule, branch, _key.Date);
        return new DayContext(_key, catalog, branch, specialist, zone, schedule, hours, BranchClock.ToUtc(_key.Date, hours, zone), Now);
    }

    private DayOccupancy Occupancy(DayContext ctx) => new(_key.ToString(), TentativeVersion, ctx.Branch.TimeZone, ctx.Hours,
        [.. State.Bookings.Values.Where(b => b.Status is not (BookingStatus.Cancelled or BookingStatus.NoShow))
            .Select(b => new OccupiedSpan(b.OccupiedFrom, b.OccupiedTo, b.Status == BookingStatus.Held ? b.HoldExpiresAt : null))]);

    private SpecialistDayView View(DayContext ctx) => new(ctx.Key.ToString(), _key.BranchId, _key.SpecialistId, _key.Date, TentativeVersion, ctx.Hours,
        State.PinnedHours is not null, [.. State.Bookings.Values.OrderBy(b => b.Start).ThenBy(b => b.Number, StringComparer.Ordinal)]);

    private IReadOnlyList<Booking> Stranded(DayContext ctx, IReadOnlyList<WorkingInterval> scheduleHours)
    {
        var hours = BranchClock.ToUtc(_key.Date, DayContext.WithinOpeningHours(scheduleHours, ctx.Branch, _key.Date), ctx.Zone);
        return [.. State.Bookings.Values
            .Where(b => b.OccupiesAt(ctx.Now) && b.Status != BookingStatus.Completed && b.OccupiedTo > ctx.Now)
            .Where(b => !hours.Any(h => h.Contains(new UtcSpan(b.OccupiedFrom, b.OccupiedTo))))
            .OrderBy(b => b.Start)];
    }

    private static void ScheduleRulesCheck(IReadOnlyList<WorkingInterval>? hours)
    {
        if (hours is null) throw CommandRejectedException.Invalid("invalid-schedule", "The hours are required (an empty list is a day off).");
        for (var i = 0; i < hours.Count; i++)
            if (hours[i].Start >= hours[i].End || (i > 0 && hours[i - 1].End > hours[i].Start))
                throw CommandRejectedException.Invalid("invalid-schedule", $"The hours {string.Join(", ", hours)} are not ordered, non-overlapping intervals.");
    }

    private static void Check(BookingRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.OperationId) || request.OperationId.Length > 200)
            throw CommandRejectedException.Invalid("invalid-operation-id", "A booking command carries an operation id of 1 to 200 characters.");
        if (request.Client is null || string.IsNullOrWhiteSpace(request.Client.ClientId) || string.IsNullOrWhiteSpace(request.Client.Name))
            throw CommandRejectedException.Invalid("invalid-client", "A booking names its client (id and name).");
        if (request.Client.Name.Length > 200) throw CommandRejectedException.Invalid("invalid-client", "The client's name is longer than 200 characters.");
        if (request.Notes is { Length: > 2000 }) throw CommandRejectedException.Invalid("notes-too-long", "Notes are at most 2000 characters.");
        if (!Enum.IsDefined(request.Source)) throw CommandRejectedException.Invalid("invalid-source", $"Unknown booking source {request.Source}.");
    }

    private Booking? Replayed(string operationId) =>
        State.Operations.TryGetValue(operationId, out var id) ? State.Bookings[id] : null;

    private Booking Find(string bookingId) =>
        bookingId is not null && State.Bookings.TryGetValue(bookingId, out var booking) ? booking
            : throw CommandRejectedException.NotFound("unknown-booking", $"There is no booking '{bookingId}' on {_key}.",
                new Dictionary<string, object?> { ["bookingId"] = bookingId, ["day"] = _key.ToString() });

    private static SpecialistDayEvent Refuse(Booking booking, string action) =>
        throw CommandRejectedException.Conflict("invalid-status", $"Booking {booking.Number} is {booking.Status}: it cannot {action} now.",
            new Dictionary<string, object?> { ["booking"] = booking.Number, ["status"] = booking.Status.ToString() });

    /// <summary>Until the earliest hold runs out; zero when one already has and is still waiting for the reminder to sweep it.</summary>
    private TimeSpan UntilNextHoldExpiry()
    {
        var next = State.Bookings.Values.Where(b => b.Status == BookingStatus.Held).Select(b => b.HoldExpiresAt!.Value).DefaultIfEmpty(Now).Min();
        return next > Now ? next - Now : TimeSpan.Zero;
    }

    private DateTimeOffset Now => time.GetUtcNow();

    private static DateTimeOffset TruncateToMinute(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMinute, t.Offset);

    protected override IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<SpecialistDayEvent> events)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            if (@event.BookingId is not { } id || !touched.Add(id)) continue;
            var b = State.Bookings[id];
            yield return new IndexEntry(ClientIndexes.BookingsByClient, id, $"{b.Client.ClientId}|{b.Start.UtcDateTime:O}", b);
        }
    }
}
