using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Frontdesk.Bench.Http;
using Frontdesk.Bench.Measurement;

namespace Frontdesk.Bench.Cluster;

/// <summary>
/// One call of a receptionist or a kiosk over HTTP, sent to the node that serves its branch. A receptionist books a
/// 15-minute visit, or (one call in three, once it has bookings) moves one of its own within its day or cancels it;
/// 409 (the slot is taken) is an answered call, counted as a conflict. A kiosk presses for a ticket on its line.
/// </summary>
internal sealed class ChainTraffic(EngineApi api, BranchRouting routing, ChainShape shape, bool hot, string clientId, IReadOnlyList<QueueLine> lines)
{
    private readonly ConcurrentDictionary<int, List<(string Number, string Branch)>> _mine = new();

    public AcknowledgedBookings Booked { get; } = new();
    public ConcurrentDictionary<QueueLine, ConcurrentBag<string>> Tickets { get; } = new();

    public async Task ReceptionistAsync(Caller caller)
    {
        var mine = _mine.GetOrAdd(caller.Index, _ => []);
        // Not the caller's seeded generator: each run would replay the last one's slots and only find them taken.
        var random = Random.Shared;
        if (mine.Count > 0 && random.Next(3) == 0)
        {
            var index = random.Next(mine.Count);
            var (number, branch) = mine[index];
            var cancel = random.Next(2) == 0;
            var (status, body) = await api.PostAsync(new Uri(routing.NodeOf(branch), $"api/bookings/{number}/{(cancel ? "cancel" : "move")}").ToString(),
                cancel ? new { reason = "The client called" } : new { start = ChainShape.Start(random.Next(ChainShape.Slots)) });
            if (cancel && status == (int)HttpStatusCode.OK) mine.RemoveAt(index);
            Expect(status, body, caller, HttpStatusCode.OK);
            return;
        }
        var (branchId, specialist, date) = shape.Pick(random, hot);
        var sent = AcknowledgedBookings.Now();
        var (booked, answer) = await api.PostAsync(new Uri(routing.NodeOf(branchId), "api/bookings").ToString(), new
        {
            branchId, specialistId = specialist, date, start = ChainShape.Start(random.Next(ChainShape.Slots)),
            serviceIds = new[] { SyntheticChainOverHttp.Service15 }, client = new { id = clientId },
        });
        if (booked == (int)HttpStatusCode.Created)
        {
            var number = answer.GetProperty("number").GetString()!;
            Booked.Numbers[number] = ($"api/days/{branchId}/{specialist}/{date}", sent);
            mine.Add((number, branchId));
        }
        Expect(booked, answer, caller, HttpStatusCode.Created);
    }

    public async Task KioskAsync(Caller caller)
    {
        var line = lines[caller.Index % lines.Count];
        var (status, body) = await api.PostAsync(new Uri(routing.NodeOf(line.BranchId), line.Tickets).ToString(),
            new { source = "kiosk", kioskId = $"bench-kiosk-{caller.Index}" });
        if (status == (int)HttpStatusCode.Created) Tickets.GetOrAdd(line, _ => []).Add(body.GetProperty("number").GetString()!);
        Expect(status, body, caller, HttpStatusCode.Created);
    }

    private static void Expect(int status, JsonElement body, Caller caller, HttpStatusCode success)
    {
        if (status == (int)HttpStatusCode.Conflict) caller.CountConflict();
        else if (status != (int)success) throw new InvalidOperationException($"{status}: {body}");
    }
}
