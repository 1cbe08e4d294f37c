using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>
/// A small chain for tests: Moscow (no daylight saving) and Berlin (with it). Anna works weekdays 09–13 and 14–18
/// in Moscow, Boris every day 10–20 there, Clara every day 01–23 in Berlin. Two massage rooms in Moscow.
/// </summary>
public static class SmallChain
{
    public const string Moscow = "msk";
    public const string Berlin = "ber";
    public const string Anna = "anna";
    public const string Boris = "boris";
    public const string Clara = "clara";

    public const string Massage60 = "massage-60";
    public const string Facial30 = "facial-30";
    public const string Express15 = "express-15";
    public const string RoomMassage = "room-massage";

    public static readonly BookingClient Client = new("cl-test", "Anna Testova", "+79161234567");

    public static async Task SeedAsync(TestChain chain)
    {
        var catalog = chain.Catalog;
        await catalog.SetProfileAsync(new ChainProfile("Test chain", "RUB", "RU", 365));
        OpeningHours[] always = [.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59)))];
        await catalog.UpsertBranchAsync(new Branch(Moscow, "MSK", "Tverskaya", "Moscow", "Tverskaya 1", "Europe/Moscow", "RUB", always, []));
        await catalog.UpsertBranchAsync(new Branch(Berlin, "BER", "Mitte", "Berlin", "Unter den Linden 1", "Europe/Berlin", "RUB", always, []));
        await catalog.UpsertDirectionAsync(new Direction("spa", "Spa"));
        await catalog.UpsertServiceAsync(new Service(Massage60, "Massage, 60 min", "spa", 60, 0, 10, new Money(300_000, "RUB")));
        await catalog.UpsertServiceAsync(new Service(Facial30, "Facial, 30 min", "spa", 30, 5, 5, new Money(150_000, "RUB")));
        await catalog.UpsertServiceAsync(new Service(Express15, "Express, 15 min", "spa", 15, 0, 0, new Money(50_000, "RUB")));
        await catalog.UpsertServiceAsync(new Service(RoomMassage, "Stone massage", "spa", 60, 0, 0, new Money(500_000, "RUB"), "massage-room"));
        await catalog.UpsertResourceAsync(new Resource("room-1", Moscow, "massage-room", "Room 1"));
        await catalog.UpsertResourceAsync(new Resource("room-2", Moscow, "massage-room", "Room 2"));
        string[] all = [Massage60, Facial30, Express15, RoomMassage];
        await catalog.UpsertSpecialistAsync(new Specialist(Anna, 1, "Anna Petrova", "Masseuse", [Moscow], ["spa"], all));
        await catalog.UpsertSpecialistAsync(new Specialist(Boris, 2, "Boris Orlov", "Masseur", [Moscow], ["spa"], [Massage60, Express15, RoomMassage]));
        await catalog.UpsertSpecialistAsync(new Specialist(Clara, 3, "Clara Schmidt", "Cosmetologist", [Berlin], ["spa"], all));
        var from = new DateOnly(2026, 1, 1);
        await Schedule(chain, Anna, new ScheduleAssignment(Moscow, ShiftTemplate.FiveTwo(At(9, 0, 13, 0), At(14, 0, 18, 0)), from));
        await Schedule(chain, Boris, new ScheduleAssignment(Moscow, EveryDay(At(10, 0, 20, 0)), from));
        await Schedule(chain, Clara, new ScheduleAssignment(Berlin, EveryDay(At(1, 0, 23, 0)), from));
    }

    public static WorkingInterval At(int fromHour, int fromMinute, int toHour, int toMinute) =>
        new(new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute));

    public static ShiftTemplate EveryDay(params WorkingInterval[] hours) =>
        new("every day", ShiftKind.Weekly, [.. Enum.GetValues<DayOfWeek>().Select(d => new WeekdayShift(d, hours))]);

    public static string Day(string branch, string specialist, DateOnly date) => new SpecialistDayKey(branch, specialist, date).ToString();

    public static BookingRequest Request(TimeOnly start, params string[] services) =>
        new(Guid.NewGuid().ToString("N"), Client, services.Length == 0 ? [Massage60] : services, start);

    private static Task Schedule(TestChain chain, string specialist, ScheduleAssignment assignment) =>
        chain.Grains.GetGrain<ISpecialistScheduleGrain>(specialist).ApplyAsync(new ScheduleChange(assignment));
}
