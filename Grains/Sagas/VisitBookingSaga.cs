using Frontdesk.Grains.Bookings;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Grains.Sagas;

/// <summary>
/// One visit with several specialists: every part is placed as pending (each step durable), then all take their
/// status. A refused part cancels the parts placed before it. A reminder resumes a saga its node dropped.
/// </summary>
[GrainType("visit-booking-saga")]
public sealed class VisitBookingSaga(ISagaFaults faults, ILogger<VisitBookingSaga> logger)
    : JournaledGrain<VisitSagaState, SagaEvent>, IVisitBookingSaga, IRemindable
{
    public const int MaxParts = 8;
    private const string Resume = "resume";
    private static readonly TimeSpan ResumeAfter = TimeSpan.FromSeconds(30);

    public Task<SagaView> GetAsync() => Task.FromResult(new SagaView(GetPrimaryKeyString(), State.Status, [.. State.Steps], State.Failure?.Code,
        State.Failure?.Message, [.. State.Placed.OrderBy(p => p.Key).Select(p => p.Value.Id)]));

    public async Task<IReadOnlyList<Booking>> RunAsync(VisitRequest request)
    {
        switch (State.Status)
        {
            case SagaStatus.Completed: return State.Final;
            case SagaStatus.Failed: throw SagaRefusal.Again(State.Failure!);
            case SagaStatus.Running: return await ContinueAsync();
        }
        if (request.Parts is not { Count: > 0 and <= MaxParts })
            throw CommandRejectedException.Invalid("invalid-visit", $"A visit has 1 to {MaxParts} parts.");
        if (request.Parts.Any(p => !SpecialistDayKey.TryParse(p.DayKey, out _)))
            throw CommandRejectedException.Invalid("invalid-day-key", "Each part names its day as branch/specialist/yyyy-MM-dd.");
        RaiseEvent(new VisitBookingStarted(request));
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        await ConfirmEvents();
        return await ContinueAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (State.Status != SagaStatus.Running) return;
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        try
        {
            await ContinueAsync();
        }
        catch (CommandRejectedException)
        {
            // Recorded as the saga's failure.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Visit {Saga} could not resume yet", GetPrimaryKeyString());
        }
    }

    private async Task<IReadOnlyList<Booking>> ContinueAsync()
    {
        var request = State.Request!;
        var id = GetPrimaryKeyString();
        for (var i = 0; i < request.Parts.Count; i++)
        {
            if (State.Placed.ContainsKey(i)) continue;
            var part = request.Parts[i];
            await faults.BeforeStepAsync(id, $"place-part-{i}");
            try
            {
                var placed = await Day(part.DayKey).PlacePendingAsync(new BookingRequest($"{id}:{i}", request.Client, part.ServiceIds, part.Start,
                    request.Source, request.Confirmed, request.Notes, VisitId: id), movedFrom: null);
                RaiseEvent(new VisitPartPlaced(i, placed));
                await ConfirmEvents();
            }
            catch (CommandRejectedException ex)
            {
                foreach (var (index, booking) in State.Placed) await Day(request.Parts[index].DayKey).AbandonPendingAsync(booking.Id);
                RaiseEvent(SagaRefusal.From(ex));
                await UnregisterReminder(Resume);
                await ConfirmEvents();
                throw;
            }
        }
        var status = request.Source == BookingSource.WalkIn ? BookingStatus.Arrived : request.Confirmed ? BookingStatus.Confirmed : BookingStatus.Unconfirmed;
        var final = new List<Booking>();
        for (var i = 0; i < request.Parts.Count; i++)
        {
            await faults.BeforeStepAsync(id, $"confirm-part-{i}");
            final.Add(await Day(request.Parts[i].DayKey).ConfirmPendingAsync(State.Placed[i].Id, status));
        }
        RaiseEvent(new VisitBookingCompleted(final));
        await UnregisterReminder(Resume);
        return final;
    }

    private ISpecialistDayGrain Day(string key) => GrainFactory.GetGrain<ISpecialistDayGrain>(key);
}
