using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Certificates;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Wallets;
using Frontdesk.Silo;
using Frontdesk.Web.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;

using Frontdesk.Web.Security;

namespace Frontdesk.Web.Money;

/// <summary>
/// A client's wallet, addressed by any client of the family: a dependent's address leads to the owner's one wallet.
/// The Idempotency-Key is the operation id the ledger keeps, so a repeat makes no second entry.
/// </summary>
internal static class WalletEndpoints
{
    public static RouteGroupBuilder MapWalletEndpoints(this RouteGroupBuilder api)
    {
        var wallet = api.MapGroup("/clients/{clientId}/wallet").WithTags("Wallets");
        wallet.MapGet("", async (string clientId, ClientDirectory clients, IGrainFactory grains) => TypedResults.Ok(await (await WalletAsync(clientId, clients, grains)).GetAsync())).RequirePermission(Permission.WalletRead, BranchScope.Client("clientId"));
        wallet.MapPost("/deposits", DepositAsync).RequirePermission(Permission.WalletWrite, BranchScope.Client("clientId"));
        wallet.MapPost("/refunds", RefundAsync).RequirePermission(Permission.WalletWrite, BranchScope.Client("clientId"));
        wallet.MapPut("/credit-limit", async (string clientId, CreditLimitBody body, ClientDirectory clients, IGrainFactory grains) =>
            TypedResults.Ok(await (await WalletAsync(clientId, clients, grains)).SetCreditLimitAsync(new Grains.Money(body.Amount, body.Currency ?? await CurrencyAsync(grains))))).RequirePermission(Permission.WalletTerms, BranchScope.Client("clientId"));
        wallet.MapPut("/level", async (string clientId, LevelBody body, ClientDirectory clients, IGrainFactory grains) =>
            TypedResults.Ok(await (await WalletAsync(clientId, clients, grains)).SetLevelAsync(string.IsNullOrWhiteSpace(body.LevelId) ? null : body.LevelId.Trim()))).RequirePermission(Permission.WalletTerms, BranchScope.Client("clientId"));
        wallet.MapPost("/packs", SellPackAsync).RequirePermission(Permission.WalletWrite, BranchScope.Client("clientId"));
        var certificates = api.MapGroup("/certificates").WithTags("Wallets");
        certificates.MapGet("/{code}", async (string code, IGrainFactory grains) => TypedResults.Ok(await grains.GetGrain<IGiftCertificateGrain>(code.Trim()).GetAsync())).RequirePermission(Permission.WalletRead);
        certificates.MapPost("/{code}", async (string code, CertificateBody body, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IGiftCertificateGrain>(code.Trim()).IssueAsync(new CertificateIssue(body.Kind,
                new Grains.Money(body.Amount, body.Currency ?? await CurrencyAsync(grains)), body.ExpiresOn, body.PaidBy, body.Imported, body.BuyerClientId, body.Note)))).RequirePermission(Permission.CertificateWrite);
        return api;
    }

    /// <summary>The wallet that pays for <paramref name="clientId"/>: the owner's, for a dependent.</summary>
    public static async Task<IClientWalletGrain> WalletAsync(string clientId, ClientDirectory clients, IGrainFactory grains)
    {
        var card = await clients.GetAsync(clientId);
        return grains.GetGrain<IClientWalletGrain>(card.OwnerId ?? card.Id);
    }

    public static async Task<string> CurrencyAsync(IGrainFactory grains) => (await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync()).Profile.Currency;

    private static async Task<Created<WalletEntry>> DepositAsync(string clientId, MoneyIn body, IdempotencyKey key, ClientDirectory clients, IGrainFactory grains)
    {
        var wallet = await WalletAsync(clientId, clients, grains);
        var entry = await wallet.DepositAsync(new WalletDeposit(key.Value, new Grains.Money(body.Amount, body.Currency ?? await CurrencyAsync(grains)), body.Method,
            body.Kind, body.BookingNumber, body.Note));
        return TypedResults.Created($"/api/clients/{clientId}/wallet", entry);
    }

    private static async Task<Created<WalletEntry>> RefundAsync(string clientId, MoneyOut body, IdempotencyKey key, ClientDirectory clients, IGrainFactory grains)
    {
        var wallet = await WalletAsync(clientId, clients, grains);
        var entry = await wallet.RefundAsync(new WalletRefund(key.Value, new Grains.Money(body.Amount, body.Currency ?? await CurrencyAsync(grains)), body.Method, body.Reason));
        return TypedResults.Created($"/api/clients/{clientId}/wallet", entry);
    }

    private static async Task<Created<VisitPack>> SellPackAsync(string clientId, PackBody body, IdempotencyKey key, ClientDirectory clients, IGrainFactory grains)
    {
        var wallet = await WalletAsync(clientId, clients, grains);
        var pack = await wallet.SellPackAsync(new PackSale(key.Value, body.Name, body.Kind, body.ServiceIds ?? [], body.Sessions,
            new Grains.Money(body.Price, body.Currency ?? await CurrencyAsync(grains)), body.PaidBy, body.ValidFrom, body.ValidUntil, body.DailyFrom, body.DailyTo,
            body.PersonsPerVisit));
        return TypedResults.Created($"/api/clients/{clientId}/wallet", pack);
    }
}
