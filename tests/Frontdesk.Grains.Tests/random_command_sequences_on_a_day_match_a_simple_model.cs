using FsCheck;
using FsCheck.Fluent;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

/// <summary>
/// Thousands of random command sequences, each on a fresh specialist-day of the real grain (on SQLite), checked after
/// every command against a model a few lines long: the same commands accepted and refused, the same bookings in the
/// same states, no two bookings holding the same time, nothing outside working hours.
/// </summary>
public sealed class random_command_sequences_on_a_day_match_a_simple_model : IAsyncLifetime
{
    private const int Specialists = 12;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
    private static readonly DateOnly FirstDate = new(2026, 11, 24);
    private static readonly (string[] Services, int Before, int Minutes, int After)[] Menus =
    [
        ([Massage60], 0, 60, 10),
        ([Express15], 0, 15, 0),
        ([Facial30], 5, 30, 5),
        ([Express15, Massage60], 0, 75, 10),
    ];

    private TestChain _chain = null!;
    private int _days;

    public async Task InitializeAsync()
    {
        _chain = await TestChain.StartAsync();
        await SeedAsync(_chain);
        for (var i = 0; i < Specialists; i++)
        {
            await _chain.Catalog.UpsertSpecialistAsync(new Specialist($"model-{i}", 100 + i, $"Model {i}", "Tester", [Moscow], ["spa"], [Massage60, Express15, Facial30]));
            await _chain.Grains.GetGrain<ISpecialistScheduleGrain>($"model-{i}")
                .ApplyAsync(new ScheduleChange(new ScheduleAssignment(Moscow, EveryDay(At(10, 0, 20, 0)), FirstDate)));
        }
    }

    public async Task DisposeAsync() => await _chain.DisposeAsync();

    private abstract record Command;
    private sealed record Book(int Minute, int Menu) : Command;
    private sealed record Hold(int Minute, int Menu, int HoldMinutes) : Command;
    private sealed record Cancel(int Pick) : Command;
    private sealed record Confirm(int Pick) : Command;
    private sealed record CheckIn(int Pick) : Command;
    private sealed record Complete(int Pick) : Command;
    private sealed record Move(int Pick, int Minute) : Command;
    private sealed record Wait(int Minutes) : Command;

    private sealed record ModelBooking(string Id, DateTimeOffset From, DateTimeOffset To, DateTimeOffset Start, BookingStatus Status, DateTimeOffset? HoldUntil)
    {
        public bool Occupies(DateTimeOffset now) => Status switch
        {
            BookingStatus.Cancelled or BookingStatus.NoShow => false,
            BookingStatus.Held => HoldUntil > now,
            _ => true,
        };
    }

    private static Gen<Command> Commands()
    {
        // Local starts from 09:00 to 20:55 on a 5-minute grid: some before or after hours on purpose.
        var minute = Gen.Choose(0, 143).Select(i => 9 * 60 + i * 5);
        var menu = Gen.Choose(0, Menus.Length - 1);
        var pick = Gen.Choose(0, 50);
        return Gen.Frequency(
            (6, minute.SelectMany(m => menu, (m, s) => (Command)new Book(m, s))),
            (2, minute.SelectMany(m => menu, (m, s) => (m, s)).SelectMany(ms => Gen.Choose(1, 30), (ms, h) => (Command)new Hold(ms.m, ms.s, h))),
            (2, pick.Select(p => (Command)new Cancel(p))),
            (1, pick.Select(p => (Command)new Confirm(p))),
            (1, pick.Select(p => (Command)new CheckIn(p))),
            (1, pick.Select(p => (Command)new Complete(p))),
            (2, pick.SelectMany(p => minute, (p, m) => (Command)new Move(p, m))),
            (1, Gen.Choose(1, 20).Select(m => (Command)new Wait(m))));
    }

    [Fact]
    public void the_grain_agrees_with_the_model_after_every_command()
    {
        var sequences = Gen.ListOf(Commands()).Select(l => l.ToArray()).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000).WithEndSize(40), Prop.ForAll(sequences, commands => Run(commands).GetAwaiter().GetResult()));
    }

    private async Task<bool> Run(Command[] commands)
    {
        var n = Interlocked.Increment(ref _days) - 1;
        var date = FirstDate.AddDays(n / Specialists % 360);
        var day = _chain.Grains.GetGrain<ISpecialistDayGrain>(SmallChain.Day(Moscow, $"model-{n % Specialists}", date));
        var model = new List<ModelBooking>();
        var hours = (Local(date, 10 * 60), Local(date, 20 * 60));
        foreach (var command in commands)
        {
            var now = _chain.Time.GetUtcNow();
            var (expected, actual) = command switch
            {
                Book b => await Place(day, model, date, b.Minute, b.Menu, null, now, hours),
                Hold h => await Place(day, model, date, h.Minute, h.Menu, h.HoldMinutes, now, hours),
                Cancel c => await Transition(model, c.Pick, now, b => b.Status switch
                {
                    BookingStatus.Cancelled => b,
                    BookingStatus.Held or BookingStatus.Unconfirmed or BookingStatus.Confirmed or BookingStatus.Arrived => b with { Status = BookingStatus.Cancelled },
                    _ => null,
                }, id => day.CancelAsync(id, "model")),
                Confirm c => await Transition(model, c.Pick, now, b => b.Status switch
                {
                    BookingStatus.Confirmed => b,
                    BookingStatus.Unconfirmed => b with { Status = BookingStatus.Confirmed },
                    _ => null,
                }, day.ConfirmAsync),
                CheckIn c => await Transition(model, c.Pick, now, b => b.Status switch
                {
                    BookingStatus.Arrived => b,
                    BookingStatus.Unconfirmed or BookingStatus.Confirmed => b with { Status = BookingStatus.Arrived },
                    _ => null,
                }, day.CheckInAsync),
                Complete c => await Transition(model, c.Pick, now, b => b.Status switch
                {
                    BookingStatus.Completed => b,
                    BookingStatus.Arrived or BookingStatus.InProgress => b with { Status = BookingStatus.Completed },
                    _ => null,
                }, day.CompleteVisitAsync),
                Move m => await MoveIt(day, model, date, m, now, hours),
                Wait w => Advance(w.Minutes),
                _ => throw new InvalidOperationException(),
            };
            if (expected != actual) throw new Xunit.Sdk.XunitException($"{command}: model says {expected}, grain says {actual}");
            var view = await day.GetAsync();
            var at = _chain.Time.GetUtcNow();
            // A hold past its expiry is gone whether or not the reminder has swept it yet; so is a cancelled booking.
            var seen = view.Bookings.Select(b => (b.Id, Status: b.OccupiesAt(at) ? b.Status.ToString() : "Gone", b.OccupiedFrom, b.OccupiedTo)).OrderBy(b => b.Id).ToList();
            var wanted = model.Select(b => (b.Id, Status: b.Occupies(at) ? b.Status.ToString() : "Gone", b.From, b.To)).OrderBy(b => b.Id).ToList();
            if (!seen.SequenceEqual(wanted)) throw new Xunit.Sdk.XunitException($"After {command}: grain has {string.Join("; ", seen)}, model {string.Join("; ", wanted)}");
            var occupying = view.Bookings.Where(b => b.OccupiesAt(_chain.Time.GetUtcNow())).OrderBy(b => b.OccupiedFrom).ToList();
            for (var i = 1; i < occupying.Count; i++)
                if (occupying[i].OccupiedFrom < occupying[i - 1].OccupiedTo) throw new Xunit.Sdk.XunitException($"Overlap after {command}");
            if (occupying.Any(b => b.OccupiedFrom < hours.Item1 || b.OccupiedTo > hours.Item2)) throw new Xunit.Sdk.XunitException($"Outside hours after {command}");
        }
        return true;
    }

    private (string, string) Advance(int minutes)
    {
        _chain.Time.Advance(TimeSpan.FromMinutes(minutes));
        return ("ok", "ok");
    }

    private static async Task<(string, string)> Place(ISpecialistDayGrain day, List<ModelBooking> model, DateOnly date, int minute, int menuIndex,
        int? holdMinutes, DateTimeOffset now, (DateTimeOffset Open, DateTimeOffset Close) hours)
    {
        var menu = Menus[menuIndex];
        var start = Local(date, minute);
        var (from, to) = (start.AddMinutes(-menu.Before), start.AddMinutes(menu.Minutes + menu.After));
        var expected = from < hours.Open || to > hours.Close ? "outside-working-hours"
            : model.Any(b => b.Occupies(now) && b.From < to && from < b.To) ? "slot-taken" : "ok";
        var request = Request(new TimeOnly(minute / 60, minute % 60), menu.Services);
        try
        {
            var booking = holdMinutes is { } h ? await day.HoldAsync(request, TimeSpan.FromMinutes(h)) : await day.BookAsync(request);
            model.Add(new ModelBooking(booking.Id, from, to, start, holdMinutes is null ? BookingStatus.Unconfirmed : BookingStatus.Held,
                holdMinutes is { } m ? now.AddMinutes(m) : null));
            return (expected, "ok");
        }
        catch (CommandRejectedException refused)
        {
            return (expected, refused.Code);
        }
    }

    private static async Task<(string, string)> Transition(List<ModelBooking> model, int pick, DateTimeOffset now,
        Func<ModelBooking, ModelBooking?> decide, Func<string, Task<Booking>> act)
    {
        if (model.Count == 0) return ("ok", "ok");
        var index = pick % model.Count;
        var next = decide(model[index]);
        try
        {
            await act(model[index].Id);
            if (next is not null) model[index] = next;
            return (next is null ? "invalid-status" : "ok", "ok");
        }
        catch (CommandRejectedException refused)
        {
            return (next is null ? "invalid-status" : "ok", refused.Code);
        }
    }

    private static async Task<(string, string)> MoveIt(ISpecialistDayGrain day, List<ModelBooking> model, DateOnly date, Move move, DateTimeOffset now,
        (DateTimeOffset Open, DateTimeOffset Close) hours)
    {
        if (model.Count == 0) return ("ok", "ok");
        var index = move.Pick % model.Count;
        var b = model[index];
        var start = Local(date, move.Minute);
        var (from, to) = (start - (b.Start - b.From), start + (b.To - b.Start));
        var expected = b.Status is not (BookingStatus.Unconfirmed or BookingStatus.Confirmed) ? "invalid-status"
            : start == b.Start ? "ok"
            : from < hours.Open || to > hours.Close ? "outside-working-hours"
            : model.Any(o => o.Id != b.Id && o.Occupies(now) && o.From < to && from < o.To) ? "slot-taken" : "ok";
        try
        {
            await day.MoveWithinDayAsync(b.Id, new TimeOnly(move.Minute / 60, move.Minute % 60));
            model[index] = b with { From = from, To = to, Start = start };
            return (expected, "ok");
        }
        catch (CommandRejectedException refused)
        {
            return (expected, refused.Code);
        }
    }

    private static DateTimeOffset Local(DateOnly date, int minute) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(minute / 60, minute % 60)), Zone.BaseUtcOffset).ToUniversalTime();
}
