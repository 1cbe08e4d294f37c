using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Waitlist;
using Frontdesk.Silo;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Web.Security;

/// <summary>Finds whose data a call names: the branch of a booking, of a ticket, of a specialist, where a client visits.</summary>
internal sealed class ResourceOwners(IGrainFactory grains, BookingLocator bookings, ClientDirectory clients, GrainIndex index)
{
    private const int ClientBookingsRead = 500;

    public async Task<ResourceOwner> OfAsync(BranchScope scope, HttpContext http, IList<object?> arguments)
    {
        var value = scope.Parameter.Length == 0 ? null : http.Request.RouteValues[scope.Parameter] as string;
        return scope.Kind switch
        {
            ScopeKind.Chain => ResourceOwner.Chain,
            ScopeKind.BranchRoute => ResourceOwner.Branch(Required(value, scope)),
            ScopeKind.SpecialistDay => ResourceOwner.Branch(Required(value, scope), http.Request.RouteValues["specialistId"] as string),
            ScopeKind.Booking => await OfBookingAsync(Required(value, scope)),
            ScopeKind.BookingCode => await OfBookingCodeAsync(http.Request.Query[scope.Parameter].ToString()),
            ScopeKind.WaitlistEntry => await OfWaitlistEntryAsync(Required(value, scope)),
            ScopeKind.Client => await OfClientAsync(Required(value, scope)),
            ScopeKind.Ticket => ResourceOwner.Branch((await TicketLocator.FindAsync(grains, Required(value, scope))).Counter.BranchId),
            ScopeKind.Specialist => await OfSpecialistAsync(Required(value, scope)),
            ScopeKind.Body => arguments.OfType<IScopedBody>().FirstOrDefault()?.Owner
                ?? throw CommandRejectedException.Invalid("body-required", "The request needs a body."),
            _ => throw new InvalidOperationException($"Unknown scope {scope.Kind}"),
        };
    }

    public async Task<ResourceOwner> OfBookingAsync(string number)
    {
        var (day, booking) = await bookings.FindAsync(number);
        return ResourceOwner.Clients(day.BranchId, day.SpecialistId, booking.Client.ClientId);
    }

    private async Task<ResourceOwner> OfBookingCodeAsync(string payload)
    {
        var (day, booking) = await bookings.FindByCodeAsync(payload);
        return ResourceOwner.Clients(day.BranchId, day.SpecialistId, booking.Client.ClientId);
    }

    /// <summary>An entry for any branch is anyone's at the chain; one for a branch is that branch's. One already gone is nobody's.</summary>
    private async Task<ResourceOwner> OfWaitlistEntryAsync(string entryId)
    {
        var entry = (await grains.GetGrain<IWaitlistGrain>(Chain.Key).GetAsync()).FirstOrDefault(e => e.Id == entryId);
        return entry?.BranchId is { } branch ? ResourceOwner.Clients(branch, null, entry.Client.ClientId) : ResourceOwner.Chain;
    }

    /// <summary>A client belongs to the branches they have bookings at; a card with no bookings yet to none in particular.</summary>
    public async Task<ResourceOwner> OfClientAsync(string clientId)
    {
        await clients.GetAsync(clientId);
        var hits = await index.QueryAsync<Booking>(new IndexQuery(ClientIndexes.BookingsByClient) { KeyPrefix = $"{clientId}|", Limit = ClientBookingsRead });
        var branches = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in hits) branches.Add(SpecialistDayKey.Parse(hit.Grain.Key).BranchId);
        return new ResourceOwner([.. branches], ClientId: clientId, AnyBranch: true, ClientBound: true);
    }

    private async Task<ResourceOwner> OfSpecialistAsync(string specialistId)
    {
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var specialist = catalog.Specialist(specialistId);
        return new ResourceOwner(specialist.BranchIds, specialist.Id, AnyBranch: true);
    }

    private static string Required(string? value, BranchScope scope) =>
        value ?? throw new InvalidOperationException($"The endpoint declares scope {scope.Kind} but has no route value '{scope.Parameter}'.");
}
