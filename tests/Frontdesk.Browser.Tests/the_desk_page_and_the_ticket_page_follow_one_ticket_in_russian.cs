using Frontdesk.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class the_desk_page_and_the_ticket_page_follow_one_ticket_in_russian(BrowserSite site)
{
    private const string Branch = "yekaterinburg-lenina";

    [Fact]
    public async Task the_holder_sees_the_people_ahead_then_the_desk_and_reception_sees_a_printer_out_of_paper()
    {
        using var kiosk = new QueueKiosk(site.Address);
        var before = await kiosk.PressAsync(Branch, "cashier");
        var mine = await kiosk.PressAsync(Branch, "cashier");
        await kiosk.ReportPrinterAsync(Branch, "ekb-kiosk-1", "paper-out", "рулон закончился");
        await using var phoneSession = await site.OpenAsync(locale: "ru-RU", timeZone: "Asia/Yekaterinburg", variant: "phone");
        await using var deskSession = await site.OpenAsync(locale: "ru-RU", variant: "desk");
        var phone = phoneSession.Page;
        var desk = deskSession.Page;

        await phone.GotoAsync(new Uri(mine.GetProperty("statusUrl").GetString()!).PathAndQuery);
        await Expect(phone.Locator("[data-number]")).ToHaveTextAsync(mine.GetProperty("number").GetString()!);
        await Expect(phone.Locator("[data-ticket-state=waiting]")).ToHaveTextAsync("Перед вами: 1");
        await phoneSession.StepAsync("phone-one-ahead");

        await desk.GotoAsync($"/desk?branch={Branch}&desk=desk-1");
        await Expect(desk.Locator("[data-kiosk=ekb-kiosk-1]")).ToContainTextAsync("нет бумаги");
        await deskSession.StepAsync("desk-printer-fault");
        await desk.Locator("[data-action=call-next]").ClickAsync();
        await Expect(desk.Locator("[data-current]")).ToHaveTextAsync(before.GetProperty("number").GetString()!);
        await Expect(phone.Locator("[data-ticket-state=waiting]")).ToHaveTextAsync("Перед вами: 0");
        await desk.Locator("[data-action=serve]").ClickAsync();
        await Expect(desk.Locator("[data-action=call-next]")).ToBeEnabledAsync();
        await desk.Locator("[data-action=call-next]").ClickAsync();

        await Expect(phone.Locator("[data-ticket-state=called]")).ToHaveTextAsync("Ваша очередь: окно 1");
        await phoneSession.StepAsync("phone-your-turn");
        await desk.Locator("[data-action=recall]").ClickAsync();
        await Expect(desk.Locator(".desk")).ToContainTextAsync("Повторных вызовов: 1");
        await deskSession.StepAsync("desk-recalled");
        Assert.Empty(phoneSession.Errors);
        Assert.Empty(deskSession.Errors);
    }
}
