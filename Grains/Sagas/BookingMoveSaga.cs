using Frontdesk.Grains.Bookings;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Grains.Sagas;

/// <summary>
/// Moves a booking to another day or specialist: place the target as pending, release the source, confirm the
/// target. Each step is durable before the next; a reminder resumes a saga its node dropped; a refused step
/// undoes the ones before it. Whatever happens, the client ends with exactly one booking.
/// </summary>
[GrainType("booking-move-saga")]
public sealed class BookingMoveSaga(ISagaFaults faults, ILogger<BookingMoveSaga> logger)
    : JournaledGrain<MoveSagaState, SagaEvent>, IBookingMoveSaga, IRemindable
{
    private const string Resume = "resume";
    private static readonly TimeSpan ResumeAfter = TimeSpan.FromSeconds(30);

    public Task<SagaView> GetAsync() => Task.FromResult(new SagaView(GetPrimaryKeyString(), State.Status, [.. State.Steps], State.Failure?.Code,
        State.Failure?.Message, [.. new[] { State.Source?.Id, State.Target?.Id }.OfType<string>()]));

    public async Task<Booking> RunAsync(MoveRequest request)
    {
        switch (State.Status)
        {
            case SagaStatus.Completed: return State.Target!;
            case SagaStatus.Failed: throw SagaRefusal.Again(State.Failure!);
            case SagaStatus.Running: return await ContinueAsync();
        }
        if (!SpecialistDayKey.TryParse(request.FromDayKey, out _) || !SpecialistDayKey.TryParse(request.ToDayKey, out _))
            throw CommandRejectedException.Invalid("invalid-day-key", "A move names its source and target days as branch/specialist/yyyy-MM-dd.");
        var source = await Day(request.FromDayKey).GetBookingAsync(request.BookingId);
        if (request.FromDayKey == request.ToDayKey) return await Day(request.FromDayKey).MoveWithinDayAsync(source.Id, request.Start);
        if (source.Status is not (BookingStatus.Unconfirmed or BookingStatus.Confirmed or BookingStatus.Arrived))
            throw CommandRejectedException.Conflict("invalid-status", $"Booking {source.Number} is {source.Status}: it cannot be moved.");
        RaiseEvent(new MoveStarted(request, source));
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        await ConfirmEvents();
        return await ContinueAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (State.Status != SagaStatus.Running) return;
        // Registered again first: should this attempt fail too, the next one is already due.
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        try
        {
            await ContinueAsync();
        }
        catch (CommandRejectedException)
        {
            // The refusal is recorded as the saga's failure; nobody is waiting for it here.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Move {Saga} could not resume yet", GetPrimaryKeyString());
        }
    }

    private async Task<Booking> ContinueAsync()
    {
        var request = State.Request!;
        var source = State.Source!;
        var target = Day(request.ToDayKey);
        if (State.Target is null)
        {
            await faults.BeforeStepAsync(GetPrimaryKeyString(), "place-target");
            try
            {
                var placed = await target.PlacePendingAsync(SagaRefusal.Copy(source, GetPrimaryKeyString(), request.Start), source.Number);
                RaiseEvent(new MoveTargetPlaced(placed));
                await ConfirmEvents();
            }
            catch (CommandRejectedException ex)
            {
                await FailAsync(ex);
                throw;
            }
        }
        if (!State.SourceReleased)
        {
            await faults.BeforeStepAsync(GetPrimaryKeyString(), "release-source");
            try
            {
                await Day(request.FromDayKey).TransferOutAsync(source.Id, State.Target!.Number);
            }
            catch (CommandRejectedException ex)
            {
                // The source can no longer move (cancelled or begun meanwhile): the target goes, the source stays.
                await target.AbandonPendingAsync(State.Target!.Id);
                await FailAsync(ex);
                throw;
            }
            RaiseEvent(new MoveSourceReleased(State.Target!.Number));
            await ConfirmEvents();
        }
        await faults.BeforeStepAsync(GetPrimaryKeyString(), "confirm-target");
        var final = await target.ConfirmPendingAsync(State.Target!.Id, source.Status);
        RaiseEvent(new MoveCompleted(final));
        await UnregisterReminder(Resume);
        return final;
    }

    private async Task FailAsync(CommandRejectedException ex)
    {
        RaiseEvent(SagaRefusal.From(ex));
        await UnregisterReminder(Resume);
        await ConfirmEvents();
    }

    private ISpecialistDayGrain Day(string key) => GrainFactory.GetGrain<ISpecialistDayGrain>(key);
}
