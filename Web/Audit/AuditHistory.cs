using Frontdesk.Grains.Audit;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Clients;
using Frontdesk.Silo;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Web.Audit;

/// <summary>Reads what the audit index holds of a subject, oldest first. A wallet's history is <c>OfAsync(AuditSubjects.Wallet(id))</c>.</summary>
public sealed class AuditHistory(GrainIndex index)
{
    public const int MaxEntries = 2000;

    public async Task<IReadOnlyList<AuditEntry>> OfAsync(string subject)
    {
        var hits = await index.QueryAsync<AuditEntry>(new IndexQuery(AuditEntry.Index) { KeyPrefix = $"{subject}|", Limit = MaxEntries });
        return hits.Select(h => h.Data).ToList();
    }

    /// <summary>The client's card and every booking of theirs, in time order.</summary>
    public async Task<IReadOnlyList<AuditEntry>> OfClientAsync(string clientId)
    {
        var entries = new List<AuditEntry>(await OfAsync(AuditSubjects.Client(clientId)));
        var bookings = await index.QueryAsync<Booking>(new IndexQuery(ClientIndexes.BookingsByClient) { KeyPrefix = $"{clientId}|", Limit = 500 });
        foreach (var booking in bookings.Select(b => b.Data.Id).Distinct()) entries.AddRange(await OfAsync(AuditSubjects.Booking(booking)));
        return entries.OrderBy(e => e.At).ThenBy(e => e.Version).ToList();
    }

    public async Task<AuditEntry?> FindAsync(string entryId) => (await index.FindAsync<AuditEntry>(AuditEntry.Index, entryId))?.Data;
}
