using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// Prices a visit: each line at the booked price (or the catalog's, or one typed in), the best discount of the one given
/// by hand, the client's level and the promotions running at the visit's local time; then checks the payment split
/// covers the total, fills in what pack sessions pay, and keeps cash or card beyond the total as an advance.
/// </summary>
internal static class SettlementPricing
{
    public const int MaxLines = 50;

    public sealed record Visit(Booking Booking, DateOnly VisitDate, TimeOnly VisitTime, string? LevelId);

    public static (IReadOnlyList<SettlementLine> Lines, IReadOnlyList<PaymentPart> Payments, long Advance) Price(
        SettlementRequest request, Visit visit, CatalogView catalog, SalesRules rules)
    {
        var problems = new Problems();
        if (request.Services.Count + request.Products.Count == 0) problems.Add("services", "a visit settles at least one service or product");
        if (request.Services.Count + request.Products.Count > MaxLines) problems.Add("services", $"and products are at most {MaxLines} lines");
        var level = rules.Levels.FirstOrDefault(l => l.Id == visit.LevelId);
        var lines = new List<SettlementLine>();
        foreach (var (rendered, i) in request.Services.Select((s, i) => (s, i)))
        {
            var field = $"services[{i}]";
            if (catalog.FindService(rendered.ServiceId ?? "") is not { } service) { problems.Add(field, $"'{rendered.ServiceId}' is no service of the catalog"); continue; }
            CheckQuantityAndDiscount(problems, field, rendered.Quantity, rendered.DiscountPercent, rendered.UnitPrice);
            var unit = rendered.UnitPrice ?? visit.Booking.Services.FirstOrDefault(s => s.ServiceId == service.Id)?.Price.Minor ?? service.Price.Minor;
            var (percent, reason) = Best((rendered.DiscountPercent, "by hand"), level is null ? (0, null) : (level.Percent, $"level {level.Name}"),
                PromotionFor(rules, service.Id, visit));
            lines.Add(Line(LineKind.Service, service.Id, service.Name, rendered.Quantity, unit, percent, reason,
                rendered.SpecialistId ?? visit.Booking.SpecialistId, request.SellerId, service.DirectionId));
        }
        foreach (var (product, i) in request.Products.Select((p, i) => (p, i)))
        {
            var field = $"products[{i}]";
            if (string.IsNullOrWhiteSpace(product.ProductId) || string.IsNullOrWhiteSpace(product.Name)) problems.Add(field, "names the product");
            CheckQuantityAndDiscount(problems, field, product.Quantity, product.DiscountPercent, product.UnitPrice);
            var (percent, reason) = Best((product.DiscountPercent, "by hand"), level is null ? (0, null) : (level.Percent, $"level {level.Name}"));
            lines.Add(Line(LineKind.Product, product.ProductId ?? "", product.Name ?? "", product.Quantity, product.UnitPrice, percent, reason,
                null, product.SellerId ?? request.SellerId, null));
        }
        problems.ThrowIfAny("invalid-settlement", "settlement");
        var payments = Payments(request.Payments, lines, problems);
        problems.ThrowIfAny("invalid-payment", "payment split");
        var total = lines.Sum(l => l.PriceAfter);
        var paid = payments.Sum(p => p.Amount);
        if (paid < total)
            throw CommandRejectedException.Invalid("underpaid", $"The payments come to {paid}, the visit to {total}: {total - paid} is unpaid.",
                new Dictionary<string, object?> { ["total"] = total, ["paid"] = paid });
        var advance = paid - total;
        var moneyIn = payments.Where(p => p.Method is PaymentMethod.Cash or PaymentMethod.Card or PaymentMethod.Transfer).Sum(p => p.Amount);
        if (advance > moneyIn)
            throw CommandRejectedException.Invalid("overpaid", $"The payments exceed the visit by {advance}: only cash, card or transfer beyond the total is kept as an advance.",
                new Dictionary<string, object?> { ["total"] = total, ["paid"] = paid });
        return (lines, payments, advance);
    }

    public static IReadOnlyList<Commission> Commissions(IReadOnlyList<SettlementLine> lines, SalesRules rules)
    {
        var earned = new List<Commission>();
        foreach (var line in lines)
        foreach (var (role, person) in new[] { (CommissionRole.Specialist, line.SpecialistId), (CommissionRole.Seller, line.SellerId) })
        {
            if (person is null) continue;
            var rule = rules.Commissions
                .Where(r => r.Role == role && (r.Kind is null || r.Kind == line.Kind) && (r.DirectionId is null || r.DirectionId == line.DirectionId))
                .OrderByDescending(r => (r.DirectionId is null ? 0 : 2) + (r.Kind is null ? 0 : 1))
                .FirstOrDefault();
            if (rule is { Percent: > 0 }) earned.Add(new Commission(person, role, line.ItemId, line.PriceAfter, rule.Percent, line.PriceAfter * rule.Percent / 100));
        }
        return earned;
    }

    private static List<PaymentPart> Payments(IReadOnlyList<PaymentPart> parts, List<SettlementLine> lines, Problems problems)
    {
        var payments = new List<PaymentPart>();
        var packed = new HashSet<string>();
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            var field = $"payments[{i}]";
            switch (part.Method)
            {
                case PaymentMethod.Pack:
                    var line = lines.FirstOrDefault(l => l.Kind == LineKind.Service && l.ItemId == part.ServiceId);
                    if (string.IsNullOrWhiteSpace(part.PackId)) problems.Add(field, "a pack payment names the pack");
                    else if (line is null) problems.Add(field, $"pays for '{part.ServiceId}', which is no service of this visit");
                    else if (!packed.Add(part.PackId)) problems.Add(field, $"pack '{part.PackId}' pays one session per visit");
                    else payments.Add(part with { Amount = line.PriceAfter / line.Quantity });
                    break;
                case PaymentMethod.Certificate:
                    if (string.IsNullOrWhiteSpace(part.CertificateCode)) problems.Add(field, "a certificate payment names the certificate's code");
                    else if (part.Amount <= 0) problems.Add(field, "pays more than zero");
                    else if (payments.Any(p => p.CertificateCode == part.CertificateCode)) problems.Add(field, $"certificate {part.CertificateCode} pays in one part");
                    else payments.Add(part with { PackId = null, ServiceId = null, CertificateCode = part.CertificateCode.Trim() });
                    break;
                default:
                    if (part.Amount <= 0) problems.Add(field, "pays more than zero");
                    else payments.Add(part with { PackId = null, ServiceId = null, CertificateCode = null });
                    break;
            }
        }
        if (payments.Count(p => p.Method == PaymentMethod.Wallet) > 1) problems.Add("payments", "the wallet pays in one part");
        return payments;
    }

    private static (int, string?) PromotionFor(SalesRules rules, string serviceId, Visit visit)
    {
        var best = rules.Promotions
            .Where(p => visit.VisitDate >= p.From && visit.VisitDate <= p.To)
            .Where(p => p.Days.Count == 0 || p.Days.Contains(visit.VisitDate.DayOfWeek))
            .Where(p => p.DailyFrom is null || (visit.VisitTime >= p.DailyFrom && visit.VisitTime < p.DailyTo))
            .Where(p => p.ServiceIds.Count == 0 || p.ServiceIds.Contains(serviceId))
            .MaxBy(p => p.Percent);
        return best is null ? (0, null) : (best.Percent, $"promotion {best.Name}");
    }

    private static (int Percent, string? Reason) Best(params (int Percent, string? Reason)[] discounts)
    {
        var best = discounts.MaxBy(d => d.Percent);
        return best.Percent > 0 ? best : (0, null);
    }

    private static void CheckQuantityAndDiscount(Problems problems, string field, int quantity, int discount, long? unitPrice)
    {
        if (quantity is < 1 or > 1000) problems.Add($"{field}.quantity", "is 1 to 1000");
        if (discount is < 0 or > 100) problems.Add($"{field}.discountPercent", "is 0 to 100");
        if (unitPrice < 0) problems.Add($"{field}.unitPrice", "cannot be negative");
    }

    private static SettlementLine Line(LineKind kind, string id, string name, int quantity, long unit, int percent, string? reason,
        string? specialistId, string? sellerId, string? directionId)
    {
        var before = unit * quantity;
        return new SettlementLine(kind, id, name, quantity, unit, before, percent, reason, before - before * percent / 100, specialistId, sellerId, directionId);
    }
}
