using System.Net;
using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Money;

public sealed class a_visit_is_paid_from_the_wallet_printed_voided_and_closed_over_http(DemoApi api) : IClassFixture<DemoApi>
{
    private static readonly DateOnly NextTuesday = DemoApi.Today.AddDays(8);
    private static readonly string Today = Bodies.Date(DemoApi.Today);

    private async Task<(string ClientId, string Number, long Price)> BookedClientAsync(string phone, string start)
    {
        var client = await JsonOf(await api.Client.PostAsync("/api/clients", new { name = "Nina Kassova", phone }), 200);
        var id = client.GetProperty("id").GetString()!;
        var booking = await JsonOf(await api.Client.PostAsync("/api/bookings", Bodies.Booking(DemoBranches.Tverskaya, DemoSpecialists.ElenaSmirnova, NextTuesday,
            start, ["massage-back"], Bodies.ClientById(id))), 201);
        return (id, booking.GetProperty("number").GetString()!, booking.GetProperty("total").GetProperty("minor").GetInt64());
    }

    private static object Settle(long fromWallet, long cash = 0, string desk = "desk-1") => new
    {
        deskId = desk,
        services = new[] { new { serviceId = "massage-back" } },
        payments = cash == 0 ? new object[] { new { method = "Wallet", amount = fromWallet } }
            : [new { method = "Wallet", amount = fromWallet }, new { method = "Cash", amount = cash }],
    };

    [Fact]
    public async Task a_deposit_pays_the_visit_once_the_act_prints_in_both_languages_and_the_days_takings_show_it()
    {
        var (client, number, price) = await BookedClientAsync("+79005551001", "10:00");
        var key = NewKey();
        await JsonOf(await api.Client.PostAsync($"/api/clients/{client}/wallet/deposits", new { amount = 500_000, method = "Card" }, key), 201);
        await JsonOf(await api.Client.PostAsync($"/api/clients/{client}/wallet/deposits", new { amount = 500_000, method = "Card" }, key), 201);

        var underpaid = await api.Client.PostAsync($"/api/settlements/{number}", Settle(price - 100));
        var preview = await JsonOf(await api.Client.PostAsync($"/api/settlements/{number}/preview", Settle(price, cash: 10_000)), 200);
        var settled = await JsonOf(await api.Client.PostAsync($"/api/settlements/{number}", Settle(price)), 200);
        var again = await JsonOf(await api.Client.PostAsync($"/api/settlements/{number}", Settle(price)), 200);
        var wallet = await api.Client.GetJsonAsync($"/api/clients/{client}/wallet");
        var actEn = await (await api.Client.GetAsync($"/api/settlements/{number}/act")).Content.ReadAsStringAsync();
        var actRu = await (await api.Client.GetAsync($"/api/settlements/{number}/act?lang=ru")).Content.ReadAsStringAsync();
        var takings = await api.Client.GetJsonAsync($"/api/branches/{DemoBranches.Tverskaya}/takings/{Today}");
        var booking = await api.Client.GetJsonAsync($"/api/bookings/{number}");
        var found = await api.Client.GetJsonAsync($"/api/clients?query={number}");

        Assert.Equal("underpaid", (await JsonOf(underpaid, 400)).GetProperty("code").GetString());
        Assert.Equal(10_000, preview.GetProperty("advance").GetInt64());
        Assert.Equal(price, settled.GetProperty("total").GetInt64());
        Assert.Equal(settled.GetProperty("settledAt").GetString(), again.GetProperty("settledAt").GetString());
        Assert.Equal(500_000 - price, wallet.GetProperty("balance").GetInt64());
        Assert.Equal(["Deposit", "VisitDebit"], wallet.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Contains("Act of services rendered", actEn);
        Assert.Contains("Back and neck massage", actEn);
        Assert.Contains("2,200.00 RUB", actEn);
        Assert.Contains("Акт оказанных услуг", actRu);
        // Russian groups thousands with a no-break space, which the page writes as an entity.
        Assert.Contains("2 200,00 RUB", WebUtility.HtmlDecode(actRu).Replace('\u00a0', ' ').Replace('\u202f', ' '));
        Assert.Contains(takings.GetProperty("settlements").EnumerateArray(), s => s.GetProperty("visitId").GetString() == number);
        Assert.True(takings.GetProperty("revenue").GetInt64() >= price);
        Assert.Equal("Completed", booking.GetProperty("status").GetString());
        Assert.Equal(client, found[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task a_supervisor_voids_a_visit_then_the_closed_day_refuses_settling_and_the_payroll_counts_only_what_stands()
    {
        var rules = new
        {
            promotions = Array.Empty<object>(),
            levels = new[] { new { id = "gold", name = "Gold", percent = 10 } },
            commissions = new[] { new { role = "Specialist", percent = 40 } },
        };
        await JsonOf(await api.Client.SendAsync(HttpMethod.Put, "/api/sales-rules", rules), 200);
        var (client, first, price) = await BookedClientAsync("+79005551002", "12:00");
        var (_, second, _) = await BookedClientAsync("+79005551002", "15:00");
        await JsonOf(await api.Client.PostAsync($"/api/clients/{client}/wallet/deposits", new { amount = 1_000_000, method = "Cash" }), 201);
        await JsonOf(await api.Client.PostAsync($"/api/settlements/{first}", Settle(price, desk: "desk-9")), 200);
        await JsonOf(await api.Client.PostAsync($"/api/settlements/{second}", Settle(price, desk: "desk-9")), 200);

        var noApproval = await api.Client.PostAsync($"/api/settlements/{second}/void", new { supervisorId = "", reason = "" });
        var voided = await JsonOf(await api.Client.PostAsync($"/api/settlements/{second}/void", new { supervisorId = "olga-supervisor", reason = "entered twice" }), 200);
        var reprint = await JsonOf(await api.Client.PostAsync($"/api/settlements/{first}/reprints", new { by = "cashier-ivan" }), 200);
        var closed = await JsonOf(await api.Client.PostAsync($"/api/desks/{DemoBranches.Tverskaya}/desk-9/{Today}/close", new { by = "manager" }), 200);
        var refused = await api.Client.PostAsync($"/api/settlements/{second}", Settle(price, desk: "desk-9"));
        var payroll = await api.Client.GetJsonAsync($"/api/payroll/{DemoSpecialists.ElenaSmirnova}?from={Today}&to={Today}");
        var wallet = await api.Client.GetJsonAsync($"/api/clients/{client}/wallet");

        Assert.Equal("invalid-void", (await JsonOf(noApproval, 400)).GetProperty("code").GetString());
        Assert.Equal("Voided", voided.GetProperty("status").GetString());
        Assert.Equal(1, reprint.GetProperty("reprints").GetInt32());
        Assert.Equal(price, closed.GetProperty("totals").GetProperty("Wallet").GetInt64());
        Assert.Equal("day-closed", (await JsonOf(refused, 409)).GetProperty("code").GetString());
        Assert.Equal(1_000_000 - price, wallet.GetProperty("balance").GetInt64());
        var mine = payroll.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("visitId").GetString() is { } v && (v == first || v == second)).ToList();
        Assert.Equal(first, Assert.Single(mine).GetProperty("visitId").GetString());
        Assert.Equal(price * 40 / 100, mine[0].GetProperty("commission").GetProperty("amount").GetInt64());
    }
}
