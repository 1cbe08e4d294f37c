using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Stock;
using Frontdesk.Silo;
using Frontdesk.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

using Frontdesk.Web.Security;

namespace Frontdesk.Web.Money;

/// <summary>Settling a visit (by its booking number), its preview, its act, its reprints and its void; the sales rules; payroll.</summary>
internal static class SettlementEndpoints
{
    public const int MaxPayrollDays = 92;

    public static RouteGroupBuilder MapSettlementEndpoints(this RouteGroupBuilder api)
    {
        var settlements = api.MapGroup("/settlements").WithTags("Settlements");
        settlements.MapGet("/{number}", async (string number, IGrainFactory grains) => TypedResults.Ok(await Saga(grains, number).GetAsync())).RequirePermission(Permission.SettlementWrite, BranchScope.Booking());
        settlements.MapPost("/{number}", async (string number, SettleBody body, BookingLocator locator, IGrainFactory grains) =>
            TypedResults.Ok(await Saga(grains, number).SettleAsync(await RequestAsync(number, body, locator)))).RequirePermission(Permission.SettlementWrite, BranchScope.Booking());
        settlements.MapPost("/{number}/preview", async (string number, SettleBody body, BookingLocator locator, IGrainFactory grains) =>
            TypedResults.Ok(await Saga(grains, number).PreviewAsync(await RequestAsync(number, body, locator)))).RequirePermission(Permission.SettlementWrite, BranchScope.Booking());
        settlements.MapPost("/{number}/void", async (string number, VoidApproval body, IGrainFactory grains) => TypedResults.Ok(await Saga(grains, number).VoidAsync(body))).RequirePermission(Permission.SettlementVoid, BranchScope.Booking());
        settlements.MapPost("/{number}/reprints", async (string number, SignedBy body, IGrainFactory grains) =>
            TypedResults.Ok(new { reprints = await Saga(grains, number).LogReprintAsync(body.By) })).RequirePermission(Permission.SettlementWrite, BranchScope.Booking());
        settlements.MapGet("/{number}/act", ActAsync).Produces(StatusCodes.Status200OK, contentType: "text/html").RequirePermission(Permission.SettlementWrite, BranchScope.Booking());
        settlements.MapGet("/{number}/materials", MaterialsAsync).RequirePermission(Permission.SettlementWrite, BranchScope.Booking());
        api.MapGet("/sales-rules", async (IGrainFactory grains) => TypedResults.Ok(await grains.GetGrain<ISalesRulesGrain>(Grains.Chain.Key).GetAsync())).WithTags("Settlements").RequirePermission(Permission.SalesRulesRead);
        api.MapPut("/sales-rules", async (SalesRules body, IGrainFactory grains) => TypedResults.Ok(await grains.GetGrain<ISalesRulesGrain>(Grains.Chain.Key).SetAsync(body)))
            .WithTags("Settlements").RequirePermission(Permission.SalesRulesWrite);
        api.MapGet("/payroll/{personId}", PayrollAsync).WithTags("Settlements").RequirePermission(Permission.PayrollRead);
        return api;
    }

    private static async Task<SettlementRequest> RequestAsync(string number, SettleBody body, BookingLocator locator)
    {
        var (day, booking) = await locator.FindAsync(number);
        return new SettlementRequest(day.ToString(), booking.Number, body.DeskId ?? "", body.Services ?? [], body.Products ?? [], body.Payments ?? [],
            body.Materials ?? [], body.CashierId, body.SellerId);
    }

    /// <summary>The act of services rendered, ready to print, in the language asked for (English by default).</summary>
    private static async Task<ContentHttpResult> ActAsync(string number, string? lang, IGrainFactory grains)
    {
        var view = await Saga(grains, number).GetAsync();
        if (view.Document is not { } document || view.Status is not (SettlementStatus.Settled or SettlementStatus.Voided))
            throw Grains.CommandRejectedException.NotFound("no-act", $"Visit {number} is not settled: there is no act.");
        var catalog = await grains.GetGrain<ICatalogGrain>(Grains.Chain.Key).GetAsync();
        return TypedResults.Content(SettlementAct.Render(document, view, catalog, lang), "text/html; charset=utf-8");
    }

    /// <summary>The consumption norms of the booked services, proposed from the branch's stores.</summary>
    private static async Task<Ok<IReadOnlyList<MaterialUse>>> MaterialsAsync(string number, BookingLocator locator, IVisitMaterials materials)
    {
        var (day, booking) = await locator.FindAsync(number);
        return TypedResults.Ok(await materials.ProposeAsync(day.BranchId, [.. booking.Services.Select(s => s.ServiceId)]));
    }

    private static async Task<Ok<PayrollReport>> PayrollAsync(string personId, string from, string to, GrainIndex index)
    {
        var (first, last) = (LocalValues.Date(from, "from"), LocalValues.Date(to, "to"));
        if (last < first || last.DayNumber - first.DayNumber >= MaxPayrollDays)
            throw Grains.CommandRejectedException.Invalid("invalid-period", $"A payroll period runs forward, {MaxPayrollDays} days at most.",
                new Dictionary<string, object?> { ["to"] = "is before from, or too far from it" });
        var hits = await index.QueryAsync<CommissionEarned>(new Silo.Journal.IndexQuery(SettlementIndexes.Commissions) { KeyPrefix = $"{personId}|", Limit = 10_000 });
        var lines = hits.Select(h => h.Data).Where(c => c.BusinessDate >= first && c.BusinessDate <= last).OrderBy(c => c.BusinessDate).ThenBy(c => c.VisitId).ToList();
        return TypedResults.Ok(new PayrollReport(personId, first, last, lines.FirstOrDefault()?.Currency, lines, lines.Sum(l => l.Commission.Amount)));
    }

    private static IVisitSettlementSaga Saga(IGrainFactory grains, string number) => grains.GetGrain<IVisitSettlementSaga>(number.Trim().ToUpperInvariant());
}
