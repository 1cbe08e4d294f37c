using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>A small chain to test against: one Moscow branch "center", a spa direction, a massage, specialist №1 "anna".</summary>
public static class SampleCatalog
{
    public static readonly ChainProfile Profile = new("Test chain", "RUB", "RU");

    public static Branch Branch(string id = "center", string code = "CEN", string timeZone = "Europe/Moscow") =>
        new(id, code, $"Branch {code}", "Moscow", "1 Tverskaya St", timeZone, "RUB",
            [new(DayOfWeek.Monday, new(9, 0), new(21, 0)), new(DayOfWeek.Tuesday, new(9, 0), new(21, 0))], []);

    public static Direction Direction(string id = "spa") => new(id, $"Direction {id}");

    public static Service Service(string id = "massage", string direction = "spa", long kopecks = 300_000) =>
        new(id, $"Service {id}", direction, 60, 5, 10, new Money(kopecks, "RUB"), "massage-room");

    public static Specialist Specialist(string id = "anna", int number = 1, string branch = "center", string direction = "spa", string service = "massage") =>
        new(id, number, $"Specialist {id}", "Massage therapist", [branch], [direction], [service]);

    public static Resource Resource(string id = "room-1", string branch = "center") => new(id, branch, "massage-room", $"Room {id}");

    public static async Task<CatalogView> SeedAsync(ICatalogGrain catalog)
    {
        await catalog.SetProfileAsync(Profile);
        await catalog.UpsertDirectionAsync(Direction());
        await catalog.UpsertBranchAsync(Branch());
        await catalog.UpsertServiceAsync(Service());
        await catalog.UpsertResourceAsync(Resource());
        return await catalog.UpsertSpecialistAsync(Specialist());
    }
}
