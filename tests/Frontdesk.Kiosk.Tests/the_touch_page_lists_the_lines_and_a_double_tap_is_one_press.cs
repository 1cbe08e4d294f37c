using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontdesk.Kiosk.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Kiosk.Tests;

public sealed class the_touch_page_lists_the_lines_and_a_double_tap_is_one_press : IAsyncLifetime
{
    private FakeEngine _engine = null!;
    private FakePrinter _printer = null!;
    private KioskFactory _kiosk = null!;
    private HttpClient _page = null!;

    public async Task InitializeAsync()
    {
        _engine = await FakeEngine.StartAsync();
        _printer = FakePrinter.Start();
        _kiosk = new KioskFactory(KioskRig.Settings(_engine.BaseAddress, _printer.Address));
        _page = _kiosk.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _page.Dispose();
        await _kiosk.DisposeAsync();
        await _printer.DisposeAsync();
        await _engine.DisposeAsync();
    }

    private async Task<JsonElement> PressAsync(string pressId, string lineId = "reception")
    {
        using var response = await _page.PostAsJsonAsync("/api/press", new { pressId, lineId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task the_page_and_its_script_are_served()
    {
        var html = await _page.GetStringAsync("/");

        Assert.Contains("<script src=\"kiosk.js\"></script>", html);
        Assert.Contains("/api/press", await _page.GetStringAsync("/kiosk.js"));
    }

    [Fact]
    public async Task the_lines_come_from_the_engine_with_the_words_and_the_printer_state()
    {
        var view = await _page.GetFromJsonAsync<JsonElement>("/api/lines");

        Assert.Equal("answered", view.GetProperty("engine").GetString());
        Assert.Equal("Центральный филиал", view.GetProperty("branch").GetProperty("name").GetString());
        Assert.Equal(["A Регистратура", "B Касса"],
            view.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("prefix")} {l.GetProperty("name")}"));
        Assert.Equal("reception", view.GetProperty("bookingLineId").GetString());
        Assert.Equal("ok", view.GetProperty("printer").GetProperty("status").GetString());
        Assert.Equal("Возьмите талон", view.GetProperty("texts").GetProperty("takeYourTicket").GetString());
    }

    [Fact]
    public async Task a_double_tap_with_one_press_id_takes_one_number_and_prints_one_ticket()
    {
        var taps = await Task.WhenAll(PressAsync("press-1"), PressAsync("press-1"));

        Assert.All(taps, t => Assert.Equal("printed", t.GetProperty("outcome").GetString()));
        Assert.All(taps, t => Assert.Equal("A-001", t.GetProperty("number").GetString()));
        Assert.Single(_engine.TicketCalls);
        await Eventually.TrueAsync(() => _printer.Printouts.Count == 1, "the printout to arrive");
        Assert.Equal("A-002", (await PressAsync("press-2")).GetProperty("number").GetString());
    }

    [Fact]
    public async Task with_the_engine_down_the_page_is_told_to_send_clients_to_reception()
    {
        await _engine.StopAsync();

        var view = await _page.GetFromJsonAsync<JsonElement>("/api/lines");
        var press = await PressAsync("press-during-outage");

        Assert.Equal("unavailable", view.GetProperty("engine").GetString());
        Assert.Equal("Электронная очередь недоступна. Пожалуйста, обратитесь в регистратуру.", view.GetProperty("message").GetString());
        Assert.Equal("unavailable", press.GetProperty("outcome").GetString());
        Assert.False(press.TryGetProperty("number", out var number) && number.ValueKind == JsonValueKind.String);
        Assert.Empty(_printer.Printouts);
    }

    [Fact]
    public async Task a_press_without_a_line_is_a_bad_request()
    {
        using var response = await _page.PostAsJsonAsync("/api/press", new { pressId = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
