using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.CashDesk;
using Frontdesk.Grains.Certificates;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Sagas;
using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Wallets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// Settles a visit. The document (lines, discounts, payment split, commissions) is fixed and made durable first; then
/// each step runs, idempotent by the visit's operation id, and is recorded before the next, so a crash anywhere is
/// resumed (by the caller's retry or the reminder) to the same end. A refused step undoes the steps before it; a void
/// undoes them all, in reverse.
/// </summary>
[GrainType("visit-settlement")]
public sealed class VisitSettlementSaga(ISagaFaults faults, TimeProvider time, IServiceProvider services, ILogger<VisitSettlementSaga> logger)
    : JournaledGrain<SettlementState, SettlementEvent>, IVisitSettlementSaga, IRemindable
{
    public static readonly IReadOnlyList<string> StepNames = ["wallet-debit", "packs", "certificates", "advance", "materials", "cash-desk", "complete-booking"];
    private const string Resume = "resume";
    private static readonly TimeSpan ResumeAfter = TimeSpan.FromSeconds(30);

    /// <summary>The id the wallet, packs, stock and desk know this attempt by: a failed attempt's entries stay reversed, the next has its own.</summary>
    private string OperationId => State.Attempt <= 1 ? GetPrimaryKeyString() : $"{GetPrimaryKeyString()}#{State.Attempt}";

    public Task<SettlementView> GetAsync() => Task.FromResult(View());

    public async Task<SettlementDocument> SettleAsync(SettlementRequest request)
    {
        // A failed or voided settlement undid everything: settling again starts a new attempt.
        switch (State.Status)
        {
            case SettlementStatus.Settled: return State.Document!;
            case SettlementStatus.Running when State.Voiding:
                throw CommandRejectedException.Conflict("settlement-voiding", $"Visit {GetPrimaryKeyString()} is being voided.");
            case SettlementStatus.Running: return await ContinueAsync();
        }
        var document = await DraftAsync(request);
        RaiseEvent(new SettlementStarted(document));
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        await ConfirmEvents();
        return await ContinueAsync();
    }

    public Task<SettlementDocument> PreviewAsync(SettlementRequest request) => DraftAsync(request);

    public async Task<SettlementView> VoidAsync(VoidApproval approval)
    {
        if (State.Status == SettlementStatus.Voided) return View();
        if (State.Status != SettlementStatus.Settled)
            throw CommandRejectedException.Conflict("not-settled", $"Visit {GetPrimaryKeyString()} is {State.Status}: only a settled visit is voided.");
        if (!State.Voiding)
        {
            var problems = new Problems();
            problems.Text("supervisorId", approval.SupervisorId, 100);
            problems.Text("reason", approval.Reason, 500);
            problems.ThrowIfAny("invalid-void", "void approval");
            await CheckDayOpenAsync(State.Document!);
            RaiseEvent(new VoidStarted(approval with { SupervisorId = approval.SupervisorId.Trim(), Reason = approval.Reason.Trim() }, time.GetUtcNow()));
            await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
            await ConfirmEvents();
        }
        await UndoAllAsync(State.Document!, $"void: {State.Void!.Reason}", record: true);
        RaiseEvent(new SettlementVoided(time.GetUtcNow()));
        await UnregisterReminder(Resume);
        return View();
    }

    public Task<int> LogReprintAsync(string by)
    {
        if (State.Status is not (SettlementStatus.Settled or SettlementStatus.Voided))
            throw CommandRejectedException.Conflict("not-settled", $"Visit {GetPrimaryKeyString()} has no act to reprint.");
        if (string.IsNullOrWhiteSpace(by) || by.Length > 100) throw CommandRejectedException.Invalid("invalid-reprint", "A reprint names who printed it.");
        RaiseEvent(new ReprintLogged(by.Trim(), time.GetUtcNow()));
        return Task.FromResult(State.Reprints.Count);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (State.Status != SettlementStatus.Running) return;
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        try
        {
            if (State.Voiding) await VoidAsync(State.Void!);
            else await ContinueAsync();
        }
        catch (CommandRejectedException)
        {
            // A refused step is recorded as the settlement's failure; nobody is waiting for it here.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Settlement {Visit} could not resume yet", GetPrimaryKeyString());
        }
    }

    private async Task<SettlementDocument> ContinueAsync()
    {
        var document = State.Document!;
        foreach (var step in StepNames)
        {
            if (State.Done.Contains(step)) continue;
            await faults.BeforeStepAsync(GetPrimaryKeyString(), step);
            try
            {
                await DoAsync(step, document);
            }
            catch (CommandRejectedException ex)
            {
                // The refused step may have done part of its work (the first of two packs): it is undone with the steps before it.
                await UndoAllAsync(document, $"settlement refused: {ex.Message}", record: false, alsoUndo: step);
                RaiseEvent(new SettlementFailed(ex.Code, ex.Message, ex.Kind.ToString()));
                await UnregisterReminder(Resume);
                await ConfirmEvents();
                throw;
            }
            // Between the step's effect and its record: a crash here is the case idempotent steps exist for.
            await faults.BeforeStepAsync(GetPrimaryKeyString(), $"after-{step}");
            RaiseEvent(new SettlementStepDone(step));
            await ConfirmEvents();
        }
        RaiseEvent(new SettlementCompleted(time.GetUtcNow()));
        await UnregisterReminder(Resume);
        return document;
    }

    private async Task DoAsync(string step, SettlementDocument document)
    {
        var wallet = GrainFactory.GetGrain<IClientWalletGrain>(document.PayerId);
        switch (step)
        {
            case "wallet-debit" when WalletPart(document) is > 0 and var amount:
                await wallet.DebitVisitAsync(new VisitDebit(OperationId, new Money(amount, document.Currency), $"Visit {document.VisitId}"));
                break;
            case "packs":
                foreach (var part in document.Payments.Where(p => p.Method == PaymentMethod.Pack))
                    await wallet.UsePackAsync(new PackUse(part.PackId!, OperationId, part.ServiceId!, document.VisitDate, document.VisitTime));
                break;
            case "certificates":
                foreach (var part in document.Payments.Where(p => p.Method == PaymentMethod.Certificate))
                    await Certificate(part).RedeemAsync(OperationId, part.Amount, document.VisitDate);
                break;
            case "advance" when document.Advance > 0:
                var method = document.Payments.First(p => p.Method is PaymentMethod.Cash or PaymentMethod.Card or PaymentMethod.Transfer).Method;
                await wallet.DepositAsync(new WalletDeposit(AdvanceId, new Money(document.Advance, document.Currency), method, WalletEntryKind.Advance,
                    document.VisitId, "Overpayment kept as an advance"));
                break;
            case "materials" when document.Materials.Count > 0:
                var materials = services.GetService<IVisitMaterials>()
                    ?? throw CommandRejectedException.Unprocessable("stock-not-available", "This engine has no stock module to consume the visit's materials.");
                await materials.ConsumeAsync(OperationId, document.BranchId, document.Materials);
                break;
            case "cash-desk":
                await Desk(document).RecordAsync(new DeskTakings(OperationId, Takings(document, 1)), document.Currency);
                break;
            case "complete-booking":
                var day = GrainFactory.GetGrain<ISpecialistDayGrain>(document.DayKey);
                var booking = await day.GetBookingAsync(document.BookingId);
                // Paying at the desk is the client's arrival if nobody checked them in.
                if (booking.Status is BookingStatus.Unconfirmed or BookingStatus.Confirmed) await day.CheckInAsync(booking.Id);
                await day.CompleteVisitAsync(booking.Id);
                break;
        }
    }

    /// <summary>Undoes the steps done, last first; with <paramref name="record"/> each undo is recorded so a resumed void repeats none.</summary>
    private async Task UndoAllAsync(SettlementDocument document, string reason, bool record, string? alsoUndo = null)
    {
        var wallet = GrainFactory.GetGrain<IClientWalletGrain>(document.PayerId);
        foreach (var step in StepNames.Reverse())
        {
            if (!(State.Done.Contains(step) || step == alsoUndo) || State.Undone.Contains(step)) continue;
            switch (step)
            {
                case "wallet-debit" when WalletPart(document) > 0:
                    await ReverseIfMadeAsync(wallet, ClientWalletGrain.VisitDebitId(OperationId), reason);
                    break;
                case "packs":
                    foreach (var part in document.Payments.Where(p => p.Method == PaymentMethod.Pack))
                        await wallet.ReturnPackSessionAsync(part.PackId!, OperationId);
                    break;
                case "certificates":
                    foreach (var part in document.Payments.Where(p => p.Method == PaymentMethod.Certificate)) await Certificate(part).ReverseAsync(OperationId);
                    break;
                case "advance" when document.Advance > 0:
                    await ReverseIfMadeAsync(wallet, AdvanceId, reason);
                    break;
                case "materials" when document.Materials.Count > 0:
                    // The stock interface consumes and never returns: used materials stay used, as they physically are.
                    logger.LogInformation("Visit {Visit}: materials used stay consumed after {Reason}", document.VisitId, reason);
                    break;
                case "cash-desk" when step != alsoUndo:
                    await Desk(document).RecordAsync(new DeskTakings(OperationId, Takings(document, -1), Reversal: true), document.Currency);
                    break;
                case "complete-booking" when step != alsoUndo:
                    // Back to arrived, not further: the client did come.
                    await GrainFactory.GetGrain<ISpecialistDayGrain>(document.DayKey).ReopenVisitAsync(document.BookingId);
                    break;
            }
            if (record)
            {
                RaiseEvent(new VoidStepDone(step));
                await ConfirmEvents();
            }
        }
    }

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

    private async Task<SettlementDocument> DraftAsync(SettlementRequest request)
    {
        var problems = new Problems();
        if (!SpecialistDayKey.TryParse(request.DayKey, out var dayKey)) problems.Add("dayKey", "is branch/specialist/yyyy-MM-dd");
        problems.Text("deskId", request.DeskId, 100);
        if (request.BookingNumber != GetPrimaryKeyString()) problems.Add("bookingNumber", $"is not the visit {GetPrimaryKeyString()} being settled");
        if (request.Services is null || request.Products is null || request.Payments is null || request.Materials is null)
            problems.Add("services", "products, payments and materials are lists (empty when none)");
        foreach (var (use, i) in (request.Materials ?? []).Select((u, i) => (u, i)))
            if (string.IsNullOrWhiteSpace(use.WarehouseId) || string.IsNullOrWhiteSpace(use.ItemId) || use.Quantity <= 0)
                problems.Add($"materials[{i}]", "names a warehouse and an item and uses more than zero");
        problems.ThrowIfAny("invalid-settlement", "settlement");
        if (request.Materials!.Count > 0 && services.GetService<IVisitMaterials>() is null)
            throw CommandRejectedException.Unprocessable("stock-not-available",
                $"The settlement names {request.Materials.Count} materials, but this engine has no stock module to consume them: settle without materials.");
        var day = await GrainFactory.GetGrain<ISpecialistDayGrain>(request.DayKey).GetAsync();
        var booking = day.Bookings.FirstOrDefault(b => b.Number == request.BookingNumber)
            ?? throw CommandRejectedException.NotFound("unknown-booking", $"There is no booking {request.BookingNumber} on {request.DayKey}.");
        if (booking.Status is not (BookingStatus.Unconfirmed or BookingStatus.Confirmed or BookingStatus.Arrived or BookingStatus.InProgress or BookingStatus.Completed))
            throw CommandRejectedException.Conflict("visit-not-settleable", $"Booking {booking.Number} is {booking.Status}: there is no visit to settle.");
        var catalog = await GrainFactory.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var zone = catalog.TimeZoneOf(dayKey.BranchId);
        var card = await GrainFactory.GetGrain<IClientGrain>(booking.Client.ClientId).GetAsync();
        var payerId = card?.OwnerId ?? booking.Client.ClientId;
        var wallet = await GrainFactory.GetGrain<IClientWalletGrain>(payerId).GetAsync();
        var rules = await GrainFactory.GetGrain<ISalesRulesGrain>(Chain.Key).GetAsync();
        var localStart = TimeZoneInfo.ConvertTime(booking.Start, zone);
        var visit = new SettlementPricing.Visit(booking, DateOnly.FromDateTime(localStart.DateTime), TimeOnly.FromDateTime(localStart.DateTime), wallet.Level);
        var (lines, payments, advance) = SettlementPricing.Price(request, visit, catalog, rules);
        var now = time.GetUtcNow();
        var document = new SettlementDocument(GetPrimaryKeyString(), booking.Id, request.DayKey, dayKey.BranchId, request.DeskId.Trim(),
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), visit.VisitDate, visit.VisitTime, booking.Client.ClientId,
            booking.Client.Name, payerId, booking.Total.Currency, lines, payments, request.Materials, SettlementPricing.Commissions(lines, rules),
            lines.Sum(l => l.PriceBefore), lines.Sum(l => l.PriceBefore - l.PriceAfter), lines.Sum(l => l.PriceAfter), advance, now, request.CashierId);
        await CheckDayOpenAsync(document);
        return document;
    }

    private async Task CheckDayOpenAsync(SettlementDocument document)
    {
        var desk = await Desk(document).GetAsync();
        if (desk.ClosedAt is not null)
            throw CommandRejectedException.Conflict("day-closed", $"Business day {desk.Key} is closed: it is read-only.");
    }

    protected override IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<SettlementEvent> events)
    {
        if (!events.Any(e => e is SettlementCompleted or SettlementVoided) || State.Document is not { } d) yield break;
        var settled = State.Status == SettlementStatus.Settled;
        yield return new IndexEntry(SettlementIndexes.Settlements, d.VisitId, $"{d.BranchId}|{d.BusinessDate:yyyy-MM-dd}|{d.DeskId}|{d.VisitId}", settled ? d : null);
        for (var i = 0; i < d.Commissions.Count; i++)
        {
            var c = d.Commissions[i];
            yield return new IndexEntry(SettlementIndexes.Commissions, $"{d.VisitId}|{i}", $"{c.PersonId}|{d.BusinessDate:yyyy-MM-dd}|{d.VisitId}",
                settled ? new CommissionEarned(d.VisitId, d.BranchId, d.BusinessDate, d.Currency, c) : null);
        }
    }

    private string AdvanceId => $"advance:{OperationId}";

    private static long WalletPart(SettlementDocument document) => document.Payments.Where(p => p.Method == PaymentMethod.Wallet).Sum(p => p.Amount);

    private static Dictionary<PaymentMethod, long> Takings(SettlementDocument document, int sign) =>
        document.Payments.GroupBy(p => p.Method).ToDictionary(g => g.Key, g => sign * g.Sum(p => p.Amount));

    private IGiftCertificateGrain Certificate(PaymentPart part) => GrainFactory.GetGrain<IGiftCertificateGrain>(part.CertificateCode!);

    private ICashDeskDayGrain Desk(SettlementDocument document) =>
        GrainFactory.GetGrain<ICashDeskDayGrain>(new DeskDayKey(document.BranchId, document.DeskId, document.BusinessDate).ToString());

    private SettlementView View() => new(GetPrimaryKeyString(), State.Status, State.Document, [.. State.Steps], State.Failure?.Code,
        State.Failure?.Message, State.Void?.SupervisorId, State.Void?.Reason, State.Reprints.Count);
}
