using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// Makes a visit's settlement document from what the cashier sent and what the grains hold now: the booking, the
/// catalog, the payer (the owner, for a dependent), the client's level and the sales rules. Changes nothing.
/// </summary>
public sealed class SettlementDrafts(IGrainFactory grains, SettlementSteps steps, TimeProvider time)
{
    public async Task<SettlementDocument> DraftAsync(string visitId, SettlementRequest request)
    {
        var problems = new Problems();
        if (!SpecialistDayKey.TryParse(request.DayKey, out var dayKey)) problems.Add("dayKey", "is branch/specialist/yyyy-MM-dd");
        problems.Text("deskId", request.DeskId, 100);
        if (request.BookingNumber != visitId) problems.Add("bookingNumber", $"is not the visit {visitId} being settled");
        if (request.Services is null || request.Products is null || request.Payments is null || request.Materials is null)
            problems.Add("services", "products, payments and materials are lists (empty when none)");
        foreach (var (use, i) in (request.Materials ?? []).Select((u, i) => (u, i)))
            if (string.IsNullOrWhiteSpace(use.WarehouseId) || string.IsNullOrWhiteSpace(use.ItemId) || use.Quantity <= 0)
                problems.Add($"materials[{i}]", "names a warehouse and an item and uses more than zero");
        problems.ThrowIfAny("invalid-settlement", "settlement");
        var booking = await grains.GetGrain<ISpecialistDayGrain>(request.DayKey).FindByNumberAsync(request.BookingNumber);
        if (booking.Status is not (BookingStatus.Unconfirmed or BookingStatus.Confirmed or BookingStatus.Arrived or BookingStatus.InProgress or BookingStatus.Completed))
            throw CommandRejectedException.Conflict("visit-not-settleable", $"Booking {booking.Number} is {booking.Status}: there is no visit to settle.");
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var zone = catalog.TimeZoneOf(dayKey.BranchId);
        var card = await grains.GetGrain<IClientGrain>(booking.Client.ClientId).GetAsync();
        var payerId = card?.OwnerId ?? booking.Client.ClientId;
        var wallet = await grains.GetGrain<IClientWalletGrain>(payerId).GetAsync();
        var rules = await grains.GetGrain<ISalesRulesGrain>(Chain.Key).GetAsync();
        var localStart = TimeZoneInfo.ConvertTime(booking.Start, zone);
        var visit = new SettlementPricing.Visit(booking, DateOnly.FromDateTime(localStart.DateTime), TimeOnly.FromDateTime(localStart.DateTime), wallet.Level);
        var (lines, payments, advance) = SettlementPricing.Price(request, visit, catalog, rules);
        var now = time.GetUtcNow();
        var document = new SettlementDocument(visitId, booking.Id, request.DayKey, dayKey.BranchId, request.DeskId.Trim(),
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), visit.VisitDate, visit.VisitTime, booking.Client.ClientId,
            booking.Client.Name, payerId, booking.Total.Currency, lines, payments, request.Materials!, SettlementPricing.Commissions(lines, rules),
            lines.Sum(l => l.PriceBefore), lines.Sum(l => l.PriceBefore - l.PriceAfter), lines.Sum(l => l.PriceAfter), advance, now, request.CashierId);
        await steps.CheckDayOpenAsync(document);
        return document;
    }
}
