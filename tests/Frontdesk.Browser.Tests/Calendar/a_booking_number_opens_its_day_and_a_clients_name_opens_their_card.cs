using System.Text.RegularExpressions;
using Frontdesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests.Calendar;

[Collection(CalendarCollection.Name)]
public sealed class a_booking_number_opens_its_day_and_a_clients_name_opens_their_card(CalendarSite site)
{
    [Fact]
    public async Task the_search_jumps_to_the_booking_and_the_card_counts_visits_spending_and_the_next_booking()
    {
        var (visitDay, nextDay) = (CalendarSite.Today.AddDays(6), CalendarSite.Today.AddDays(7));
        var specialist = site.Branch.SpecialistIds[2];
        const string phone = "+7 955 000-30-01";
        var completed = await site.Branch.BookAsync(site.Api, specialist, visitDay, "10:00", "Card Client", phone);
        var arrived = await site.Branch.BookAsync(site.Api, specialist, visitDay, "14:00", "Card Client", phone);
        var next = await site.Branch.BookAsync(site.Api, specialist, nextDay, "09:00", "Card Client", phone);
        await site.Api.PostAsync($"/api/bookings/{completed}/check-in", new { });
        await site.Api.PostAsync($"/api/bookings/{completed}/complete", new { });
        await site.Api.PostAsync($"/api/bookings/{arrived}/check-in", new { });
        await using var desk = await site.OpenDeskAsync("receptionist", CalendarSite.Today.AddDays(2));
        var (session, page) = (desk.Session, desk.Page);

        await page.GetByLabel("Client, phone or booking number").FillAsync(next);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"date={TestBranch.Date(nextDay)}"));
        await Expect(desk.Block(next)).ToHaveClassAsync(new Regex("cal-highlight"));
        await desk.ExpectLiveAsync();
        await session.StepAsync("found-by-number");

        await desk.Block(next).GetByRole(AriaRole.Button, new() { Name = "Card Client" }).ClickAsync();
        var card = page.Locator("dialog[data-dialog=client-card]");
        await Expect(card.Locator("[data-stat=visits] dd")).ToHaveTextAsync("2");
        await Expect(card.Locator("[data-stat=no-shows] dd")).ToHaveTextAsync("0");
        await Expect(card.Locator("[data-stat=spent] dd")).ToContainTextAsync("1,500.00");
        await Expect(card.Locator("[data-stat=next] dd")).ToContainTextAsync(next);
        await Expect(card.Locator(".cc-bookings li")).ToHaveCountAsync(3);
        await session.StepAsync("client-card");

        await card.GetByRole(AriaRole.Button, new() { Name = $"Open {completed}" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"date={TestBranch.Date(visitDay)}"));
        await Expect(desk.Block(completed)).ToHaveClassAsync(new Regex("cal-highlight"));
        await Expect(desk.Block(completed)).ToHaveClassAsync(new Regex("status-arrived"));
        await Expect(desk.Block(arrived)).ToHaveAttributeAsync("data-status", "Arrived");
        await Expect(desk.Summary("arrived")).ToHaveTextAsync("2");
        await session.StepAsync("opened-from-the-card");

        await page.GetByLabel("Client, phone or booking number").FillAsync("card client");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Expect(page.Locator(".cal-found button")).ToHaveTextAsync(new Regex("^Card Client · \\+79550003001$"));
        await session.StepAsync("found-by-name");
        Assert.Empty(session.Errors);
    }
}
