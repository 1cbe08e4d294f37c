using Frontdesk.Grains.CashDesk;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Wallets;
using Frontdesk.Silo;
using Frontdesk.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

using Frontdesk.Web.Security;

namespace Frontdesk.Web.Money;

/// <summary>Cash desks: a desk's business day, its shifts and its close; a branch's day across its desks.</summary>
internal static class CashDeskEndpoints
{
    public static RouteGroupBuilder MapCashDeskEndpoints(this RouteGroupBuilder api)
    {
        var desk = api.MapGroup("/desks/{branchId}/{deskId}/{date}").WithTags("Cash desk");
        desk.MapGet("", async (string branchId, string deskId, string date, IGrainFactory grains) => TypedResults.Ok(await Desk(grains, branchId, deskId, date).GetAsync())).RequirePermission(Permission.CashDeskWork, BranchScope.Route());
        desk.MapPost("/shifts", async (string branchId, string deskId, string date, ShiftBody body, IGrainFactory grains) =>
            TypedResults.Ok(await Desk(grains, branchId, deskId, date).OpenShiftAsync(body.CashierId ?? "", body.Cash))).RequirePermission(Permission.CashDeskWork, BranchScope.Route());
        desk.MapPost("/shifts/close", async (string branchId, string deskId, string date, ShiftBody body, IGrainFactory grains) =>
            TypedResults.Ok(await Desk(grains, branchId, deskId, date).CloseShiftAsync(body.Cash))).RequirePermission(Permission.CashDeskWork, BranchScope.Route());
        desk.MapPost("/close", async (string branchId, string deskId, string date, SignedBy body, IGrainFactory grains) =>
            TypedResults.Ok(await Desk(grains, branchId, deskId, date).CloseDayAsync(body.By))).RequirePermission(Permission.CashDeskClose, BranchScope.Route());
        api.MapGet("/branches/{branchId}/takings/{date}", BranchDayAsync).WithTags("Cash desk").RequirePermission(Permission.CalendarRead, BranchScope.Route());
        return api;
    }

    /// <summary>Every visit settled at the branch on its business day, each desk that took them, and the totals (the calendar's revenue).</summary>
    public static async Task<Ok<BranchDayTakings>> BranchDayAsync(string branchId, string date, IGrainFactory grains, GrainIndex index)
    {
        var day = LocalValues.Date(date, "date");
        var branch = (await grains.GetGrain<ICatalogGrain>(Grains.Chain.Key).GetAsync()).Branch(branchId);
        var hits = await index.QueryAsync<SettlementDocument>(new Silo.Journal.IndexQuery(SettlementIndexes.Settlements)
            { KeyPrefix = $"{branch.Id}|{day:yyyy-MM-dd}|", Limit = 10_000 });
        var settlements = hits.Select(h => h.Data).OrderBy(d => d.SettledAt).ToList();
        var desks = await Task.WhenAll(settlements.Select(s => s.DeskId).Distinct().Order(StringComparer.Ordinal)
            .Select(d => grains.GetGrain<ICashDeskDayGrain>(new DeskDayKey(branch.Id, d, day).ToString()).GetAsync()));
        var totals = new Dictionary<PaymentMethod, long>();
        foreach (var (method, amount) in desks.SelectMany(d => d.Totals)) totals[method] = totals.GetValueOrDefault(method) + amount;
        return TypedResults.Ok(new BranchDayTakings(branch.Id, day, branch.Currency, desks, settlements, totals, settlements.Sum(s => s.Total)));
    }

    private static ICashDeskDayGrain Desk(IGrainFactory grains, string branchId, string deskId, string date) =>
        grains.GetGrain<ICashDeskDayGrain>(new DeskDayKey(branchId, deskId, LocalValues.Date(date, "date")).ToString());
}
