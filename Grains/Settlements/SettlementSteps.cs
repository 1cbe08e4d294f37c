using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.CashDesk;
using Frontdesk.Grains.Certificates;
using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Wallets;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// What each step of a settlement does to the other grains, and how it is undone. Every call is idempotent by the
/// visit's operation id, so the saga may run a step again after a crash and change nothing twice.
/// </summary>
public sealed class SettlementSteps(IGrainFactory grains, IVisitMaterials materials, ILogger<SettlementSteps> logger)
{
    public static readonly IReadOnlyList<string> Names = ["wallet-debit", "packs", "certificates", "advance", "materials", "cash-desk", "complete-booking"];

    public async Task DoAsync(string step, SettlementDocument document, string operationId)
    {
        var wallet = grains.GetGrain<IClientWalletGrain>(document.PayerId);
        switch (step)
        {
            case "wallet-debit" when WalletPart(document) is > 0 and var amount:
                await wallet.DebitVisitAsync(new VisitDebit(operationId, new Money(amount, document.Currency), $"Visit {document.VisitId}"));
                break;
            case "packs":
                foreach (var part in Parts(document, PaymentMethod.Pack))
                    await wallet.UsePackAsync(new PackUse(part.PackId!, operationId, part.ServiceId!, document.VisitDate, document.VisitTime));
                break;
            case "certificates":
                foreach (var part in Parts(document, PaymentMethod.Certificate))
                    await Certificate(part).RedeemAsync(operationId, part.Amount, document.VisitDate);
                break;
            case "advance" when document.Advance > 0:
                var method = document.Payments.First(p => p.Method is PaymentMethod.Cash or PaymentMethod.Card or PaymentMethod.Transfer).Method;
                await wallet.DepositAsync(new WalletDeposit(AdvanceId(operationId), new Money(document.Advance, document.Currency), method,
                    WalletEntryKind.Advance, document.VisitId, "Overpayment kept as an advance"));
                break;
            case "materials" when document.Materials.Count > 0:
                await materials.ConsumeAsync(operationId, document.BranchId, document.Materials);
                break;
            case "cash-desk":
                await Desk(document).RecordAsync(new DeskTakings(operationId, Takings(document, 1)), document.Currency);
                break;
            case "complete-booking":
                var day = grains.GetGrain<ISpecialistDayGrain>(document.DayKey);
                var booking = await day.GetBookingAsync(document.BookingId);
                // Paying at the desk is the client's arrival if nobody checked them in.
                if (booking.Status is BookingStatus.Unconfirmed or BookingStatus.Confirmed) await day.CheckInAsync(booking.Id);
                await day.CompleteVisitAsync(booking.Id);
                break;
        }
    }

    /// <summary>
    /// Undoes one step. <paramref name="refused"/>: the step itself was refused part-way, so only what it may have made
    /// is undone (the desk and the booking are changed by one call each, which a refusal leaves untouched).
    /// </summary>
    public async Task UndoAsync(string step, SettlementDocument document, string operationId, string reason, bool refused)
    {
        var wallet = grains.GetGrain<IClientWalletGrain>(document.PayerId);
        switch (step)
        {
            case "wallet-debit" when WalletPart(document) > 0:
                await ReverseIfMadeAsync(wallet, ClientWalletGrain.VisitDebitId(operationId), reason);
                break;
            case "packs":
                foreach (var part in Parts(document, PaymentMethod.Pack)) await wallet.ReturnPackSessionAsync(part.PackId!, operationId);
                break;
            case "certificates":
                foreach (var part in Parts(document, PaymentMethod.Certificate)) await Certificate(part).ReverseAsync(operationId);
                break;
            case "advance" when document.Advance > 0:
                await ReverseIfMadeAsync(wallet, AdvanceId(operationId), reason);
                break;
            case "materials" when document.Materials.Count > 0:
                // The stock interface consumes and never returns: used materials stay used, as they physically are.
                logger.LogInformation("Visit {Visit}: materials used stay consumed after {Reason}", document.VisitId, reason);
                break;
            case "cash-desk" when !refused:
                await Desk(document).RecordAsync(new DeskTakings(operationId, Takings(document, -1), Reversal: true), document.Currency);
                break;
            case "complete-booking" when !refused:
                // Back to arrived, not further: the client did come.
                await grains.GetGrain<ISpecialistDayGrain>(document.DayKey).ReopenVisitAsync(document.BookingId);
                break;
        }
    }

    public async Task CheckDayOpenAsync(SettlementDocument document)
    {
        var desk = await Desk(document).GetAsync();
        if (desk.ClosedAt is not null)
            throw CommandRejectedException.Conflict("day-closed", $"Business day {desk.Key} is closed: it is read-only.");
    }

    private static string AdvanceId(string operationId) => $"advance:{operationId}";

    /// <summary>Reverses a wallet entry the step made; a step refused before making it has nothing to reverse.</summary>
    private static async Task ReverseIfMadeAsync(IClientWalletGrain wallet, string entryId, string reason)
    {
        try
        {
            await wallet.ReverseAsync(entryId, reason);
        }
        catch (CommandRejectedException ex) when (ex.Code == "unknown-entry")
        {
            // Nothing was made, so nothing is owed back.
        }
    }

    private static IEnumerable<PaymentPart> Parts(SettlementDocument document, PaymentMethod method) => document.Payments.Where(p => p.Method == method);

    private static long WalletPart(SettlementDocument document) => Parts(document, PaymentMethod.Wallet).Sum(p => p.Amount);

    private static Dictionary<PaymentMethod, long> Takings(SettlementDocument document, int sign) =>
        document.Payments.GroupBy(p => p.Method).ToDictionary(g => g.Key, g => sign * g.Sum(p => p.Amount));

    private IGiftCertificateGrain Certificate(PaymentPart part) => grains.GetGrain<IGiftCertificateGrain>(part.CertificateCode!);

    private ICashDeskDayGrain Desk(SettlementDocument document) =>
        grains.GetGrain<ICashDeskDayGrain>(new DeskDayKey(document.BranchId, document.DeskId, document.BusinessDate).ToString());
}
