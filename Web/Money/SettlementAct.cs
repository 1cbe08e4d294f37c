using System.Globalization;
using System.Net;
using System.Text;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Web.Money;

/// <summary>
/// The act of services rendered as one self-contained HTML page (styles inline, A4 print rules) that a browser prints as
/// it is: the branch, the client, each line with its price before and after the discount and why, totals and the payment
/// split. English or Russian; every figure in that language's number format.
/// </summary>
internal static class SettlementAct
{
    private static readonly Dictionary<string, string> En = new()
    {
        ["title"] = "Act of services rendered", ["visit"] = "Visit", ["date"] = "Date", ["client"] = "Client", ["payer"] = "Paid by the wallet of",
        ["item"] = "Service or product", ["qty"] = "Qty", ["price"] = "Price", ["before"] = "Before discount", ["discount"] = "Discount",
        ["after"] = "To pay", ["subtotal"] = "Subtotal", ["discounts"] = "Discounts", ["total"] = "Total", ["payments"] = "Payment",
        ["advance"] = "Kept on the wallet as an advance", ["voided"] = "VOIDED", ["reprint"] = "Reprint", ["desk"] = "Desk",
        ["Cash"] = "Cash", ["Card"] = "Card", ["Transfer"] = "Bank transfer", ["Wallet"] = "Client wallet", ["Certificate"] = "Gift certificate", ["Pack"] = "Visit pack",
        ["signatures"] = "Services rendered in full; the client has no claims.", ["executor"] = "For the clinic", ["customer"] = "Client",
    };

    private static readonly Dictionary<string, string> Ru = new()
    {
        ["title"] = "Акт оказанных услуг", ["visit"] = "Визит", ["date"] = "Дата", ["client"] = "Клиент", ["payer"] = "Оплачено с кошелька",
        ["item"] = "Услуга или товар", ["qty"] = "Кол-во", ["price"] = "Цена", ["before"] = "До скидки", ["discount"] = "Скидка",
        ["after"] = "К оплате", ["subtotal"] = "Сумма", ["discounts"] = "Скидки", ["total"] = "Итого", ["payments"] = "Оплата",
        ["advance"] = "Зачислено на кошелёк как аванс", ["voided"] = "АННУЛИРОВАН", ["reprint"] = "Повторная печать", ["desk"] = "Касса",
        ["Cash"] = "Наличные", ["Card"] = "Карта", ["Transfer"] = "Перевод", ["Wallet"] = "Кошелёк клиента", ["Certificate"] = "Подарочный сертификат", ["Pack"] = "Абонемент",
        ["signatures"] = "Услуги оказаны полностью, клиент претензий не имеет.", ["executor"] = "Исполнитель", ["customer"] = "Клиент",
    };

    public static string Render(SettlementDocument document, SettlementView view, CatalogView catalog, string? language)
    {
        var russian = string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase);
        var words = russian ? Ru : En;
        var culture = CultureInfo.GetCultureInfo(russian ? "ru-RU" : "en-GB");
        string T(string key) => WebUtility.HtmlEncode(words[key]);
        string M(long minor) => WebUtility.HtmlEncode((minor / 100m).ToString("N2", culture) + " " + document.Currency);
        string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var branch = catalog.FindBranch(document.BranchId);
        var html = new StringBuilder();
        html.Append($"<!doctype html><html lang=\"{(russian ? "ru" : "en")}\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"/app/favicon.svg\" type=\"image/svg+xml\"><title>{T("title")} {E(document.VisitId)}</title>");
        html.Append("<style>@page{size:A4;margin:15mm}body{font:11pt/1.4 'Liberation Sans',Arial,sans-serif;color:#000;max-width:180mm;margin:auto}")
            .Append("h1{font-size:15pt;margin:0 0 4mm}table{width:100%;border-collapse:collapse;margin:4mm 0}th,td{border:1px solid #444;padding:1.5mm 2mm;text-align:left}")
            .Append("td.n,th.n{text-align:right;white-space:nowrap}tfoot td{font-weight:bold}.voided{color:#b00;font-size:20pt;border:3px solid #b00;padding:2mm;display:inline-block}")
            .Append(".sign{display:flex;justify-content:space-between;margin-top:14mm}.sign div{width:45%;border-top:1px solid #000;padding-top:1mm}")
            .Append("@media print{button{display:none}}</style></head><body>");
        html.Append($"<h1>{T("title")} № {E(document.VisitId)}</h1>");
        if (view.Status == SettlementStatus.Voided) html.Append($"<p class=\"voided\" data-act=\"voided\">{T("voided")}</p>");
        if (view.Reprints > 0) html.Append($"<p data-act=\"reprint\">{T("reprint")} {view.Reprints}</p>");
        html.Append($"<p>{E(branch?.Name)}, {E(branch?.Address)}<br>{T("desk")}: {E(document.DeskId)}<br>");
        html.Append($"{T("date")}: {E(document.VisitDate.ToString("d", culture))} {E(document.VisitTime.ToString("t", culture))}<br>");
        html.Append($"{T("client")}: <span data-act=\"client\">{E(document.ClientName)}</span>");
        if (document.PayerId != document.ClientId) html.Append($"<br>{T("payer")}: {E(document.PayerId)}");
        html.Append("</p><table><thead><tr>");
        html.Append($"<th>{T("item")}</th><th class=\"n\">{T("qty")}</th><th class=\"n\">{T("price")}</th><th class=\"n\">{T("before")}</th><th class=\"n\">{T("discount")}</th><th class=\"n\">{T("after")}</th></tr></thead><tbody>");
        foreach (var line in document.Lines)
        {
            var name = line.SpecialistId is { } s && catalog.FindSpecialist(s) is { } specialist ? $"{line.Name} ({specialist.Name})" : line.Name;
            var discount = line.DiscountPercent == 0 ? "—" : $"{line.DiscountPercent}% {line.DiscountReason}";
            html.Append($"<tr data-act=\"line\"><td>{E(name)}</td><td class=\"n\">{line.Quantity}</td><td class=\"n\">{M(line.UnitPrice)}</td>")
                .Append($"<td class=\"n\">{M(line.PriceBefore)}</td><td class=\"n\">{E(discount)}</td><td class=\"n\">{M(line.PriceAfter)}</td></tr>");
        }
        html.Append("</tbody><tfoot>");
        html.Append($"<tr><td colspan=\"5\">{T("subtotal")}</td><td class=\"n\">{M(document.Subtotal)}</td></tr>");
        html.Append($"<tr><td colspan=\"5\">{T("discounts")}</td><td class=\"n\">−{M(document.Discount)}</td></tr>");
        html.Append($"<tr><td colspan=\"5\">{T("total")}</td><td class=\"n\" data-act=\"total\">{M(document.Total)}</td></tr></tfoot></table>");
        html.Append($"<table><thead><tr><th>{T("payments")}</th><th class=\"n\"></th></tr></thead><tbody>");
        foreach (var part in document.Payments)
        {
            var detail = part.Method switch
            {
                PaymentMethod.Certificate => $" {part.CertificateCode}",
                PaymentMethod.Pack => $" {part.PackId}",
                _ => "",
            };
            html.Append($"<tr data-act=\"payment\"><td>{T(part.Method.ToString())}{E(detail)}</td><td class=\"n\">{M(part.Amount)}</td></tr>");
        }
        if (document.Advance > 0) html.Append($"<tr><td>{T("advance")}</td><td class=\"n\" data-act=\"advance\">{M(document.Advance)}</td></tr>");
        html.Append("</tbody></table>");
        html.Append($"<p>{T("signatures")}</p><div class=\"sign\"><div>{T("executor")}</div><div>{T("customer")}</div></div>");
        html.Append("</body></html>");
        return html.ToString();
    }
}
