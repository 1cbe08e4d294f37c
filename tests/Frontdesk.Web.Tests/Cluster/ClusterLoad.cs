using System.Collections.Concurrent;

namespace Frontdesk.Web.Tests.Cluster;

/// <summary>
/// Receptionists booking (and now and then cancelling) on a few specialist-days and kiosks pressing for tickets, each
/// preferring its own node and failing over to the others, recording exactly what the cluster acknowledged.
/// </summary>
public sealed class ClusterLoad(ClusterApi api, IReadOnlyList<BookingTarget> days, string clientId, string branchId, string lineId, int nodes)
{
    private int _conflicts;

    public ConcurrentDictionary<string, AcknowledgedBooking> Booked { get; } = new();
    public ConcurrentDictionary<string, byte> Cancelled { get; } = new();
    public ConcurrentDictionary<string, AcknowledgedTicket> Tickets { get; } = new();
    public ConcurrentQueue<string> Errors { get; } = new();
    public int Conflicts => _conflicts;
    public int Acknowledged => Booked.Count + Cancelled.Count + Tickets.Count;

    public Task RunAsync(int receptionists, int kiosks, CancellationToken stop) =>
        Task.WhenAll([
            .. Enumerable.Range(0, receptionists).Select(i => Task.Run(() => ReceptionistAsync(i, stop))),
            .. Enumerable.Range(0, kiosks).Select(k => Task.Run(() => KioskAsync(k, stop))),
        ]);

    private async Task ReceptionistAsync(int receptionist, CancellationToken stop)
    {
        var random = new Random(receptionist * 7919 + 17);
        var mine = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            var day = days[random.Next(days.Count)];
            var start = day.Starts[random.Next(day.Starts.Count)];
            var answer = await api.PostAsync(receptionist % nodes, "/api/bookings", day.Booking(start, clientId));
            if (answer.Status == 201)
            {
                var number = answer.Body.GetProperty("number").GetString()!;
                Booked[number] = new AcknowledgedBooking(number, day, start);
                mine.Add(number);
            }
            else if (answer.Status == 409) Interlocked.Increment(ref _conflicts);
            else Errors.Enqueue($"POST /api/bookings: {answer.Status} {answer.Text}");
            // Every third booking a client calls to cancel one: the days keep freeing slots, so the run keeps writing.
            if (mine.Count > 0 && random.Next(3) == 0)
            {
                var number = mine[random.Next(mine.Count)];
                mine.Remove(number);
                var cancel = await api.PostAsync(receptionist % nodes, $"/api/bookings/{number}/cancel", new { reason = "The client called" });
                if (cancel.Status == 200) Cancelled[number] = 0;
                else Errors.Enqueue($"POST /api/bookings/{number}/cancel: {cancel.Status} {cancel.Text}");
            }
        }
    }

    private async Task KioskAsync(int kiosk, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var answer = await api.PostAsync(kiosk % nodes, $"/api/queue/branches/{branchId}/lines/{lineId}/tickets",
                new { source = "kiosk", kioskId = $"kiosk-{kiosk}" });
            if (answer.Status == 201)
            {
                var ticket = new AcknowledgedTicket(answer.Body.GetProperty("ticketId").GetString()!, answer.Body.GetProperty("number").GetString()!);
                Tickets[ticket.TicketId] = ticket;
            }
            else Errors.Enqueue($"POST tickets: {answer.Status} {answer.Text}");
        }
    }
}
