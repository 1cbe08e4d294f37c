using System.Text.Json;
using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Stock;

public sealed class stock_is_received_moved_counted_and_reported_over_http(DemoApi api) : IClassFixture<DemoApi>
{
    private const string Branch = DemoBranches.Tverskaya;
    private const string Main = $"{Branch}-main";
    private const string Massage = $"{Branch}-massage";
    private const string Shelf = $"{Branch}-shelf";
    private static readonly string Base = $"/api/stock/branches/{Branch}";

    private async Task<decimal> QuantityAsync(string warehouse, string item)
    {
        var response = await api.Client.GetAsync($"{Base}/bins/{warehouse}/{item}");
        return (await JsonOf(response, 200)).GetProperty("quantity").GetDecimal();
    }

    [Fact]
    public async Task the_demo_branch_has_stores_stock_and_norms_a_newcomer_can_see()
    {
        var stock = await api.Client.GetJsonAsync(Base);
        var proposal = await api.Client.GetJsonAsync($"{Base}/proposal?services=massage-classic,dent-cleaning");

        Assert.Contains(stock.GetProperty("bins").EnumerateArray(), b => b.GetProperty("bin").GetString() == $"{Branch}/{Massage}/massage-oil");
        Assert.True(stock.GetProperty("value").GetProperty("minor").GetInt64() > 0);
        Assert.Equal([$"{Massage}|massage-oil|30", $"{Massage}|disposable-sheet|1", $"{Main}|gloves|2"],
            proposal.EnumerateArray().Select(u => $"{u.GetProperty("warehouseId").GetString()}|{u.GetProperty("itemId").GetString()}|{u.GetProperty("quantity").GetDecimal()}"));
    }

    [Fact]
    public async Task a_receipt_replayed_with_its_key_moves_stock_once_and_a_transfer_keeps_the_total()
    {
        var key = NewKey();
        var receipt = new { warehouseId = Main, itemId = "massage-oil", quantity = 2000, cost = new { minor = 290_000, currency = "RUB" }, supplier = "Aroma LLC" };
        var before = await QuantityAsync(Main, "massage-oil");

        var first = await api.Client.PostAsync($"{Base}/receipts", receipt, key);
        var replay = await api.Client.PostAsync($"{Base}/receipts", receipt, key);
        var totalBefore = await QuantityAsync(Main, "massage-oil") + await QuantityAsync(Massage, "massage-oil");
        var transfer = await api.Client.PostAsync($"{Base}/transfers", new { fromWarehouseId = Main, toWarehouseId = Massage, itemId = "massage-oil", quantity = 500 });

        Assert.Equal((201, 201), ((int)first.StatusCode, (int)replay.StatusCode));
        Assert.Equal(before + 2000, await QuantityAsync(Main, "massage-oil") + 500);
        Assert.Equal("Completed", (await JsonOf(transfer, 201)).GetProperty("status").GetString());
        Assert.Equal(totalBefore, await QuantityAsync(Main, "massage-oil") + await QuantityAsync(Massage, "massage-oil"));
    }

    [Fact]
    public async Task a_sale_of_more_than_the_shelf_holds_is_a_problem_naming_the_bin_and_what_is_left()
    {
        var left = await QuantityAsync(Shelf, "hand-cream");

        var refused = await api.Client.PostAsync($"{Base}/sales", new { warehouseId = Shelf, itemId = "hand-cream", quantity = left + 1 });

        var problem = await JsonOf(refused, 409);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("insufficient-stock", problem.GetProperty("code").GetString());
        Assert.Equal($"{Branch}/{Shelf}/hand-cream", problem.GetProperty("bin").GetString());
        Assert.Contains($"{left:0.###} pcs left", problem.GetProperty("detail").GetString());
        Assert.Equal(left, await QuantityAsync(Shelf, "hand-cream"));
    }

    [Fact]
    public async Task a_count_records_its_adjustment_and_visit_materials_show_in_the_cost_report_and_the_margin()
    {
        var counted = await api.Client.PostAsync($"{Base}/counts", new { warehouseId = Massage, itemId = "disposable-sheet", counted = 390 });
        var consumed = await api.Client.PostAsync($"{Base}/visits/visit-http-1/materials",
            new { uses = new[] { new { warehouseId = Massage, itemId = "massage-oil", quantity = 35 } } });
        var costs = await api.Client.GetJsonAsync($"{Base}/visit-costs");
        var margin = await api.Client.GetJsonAsync($"{Base}/margin");
        var movements = await api.Client.GetJsonAsync($"{Base}/movements");
        var noKey = await api.Client.SendRawAsync(HttpMethod.Post, $"{Base}/counts", JsonSerializer.Serialize(new { warehouseId = Massage, itemId = "gloves", counted = 1 }), key: null);

        Assert.Equal(-10m, (await JsonOf(counted, 201)).GetProperty("quantity").GetDecimal());
        Assert.Equal(200, (int)consumed.StatusCode);
        Assert.Contains(costs.GetProperty("visits").EnumerateArray(), v => v.GetProperty("visitId").GetString() == "visit-http-1");
        Assert.True(margin.GetProperty("revenueKnown").GetBoolean());
        var massage = margin.GetProperty("directions").EnumerateArray().Single(d => d.GetProperty("directionId").GetString() == "massage");
        // Nothing was settled in this test: the massage direction's margin is its materials, negative.
        Assert.True(massage.GetProperty("margin").GetProperty("minor").GetInt64() < 0);
        Assert.Contains(movements.EnumerateArray(), m => m.GetProperty("movement").GetProperty("kind").GetString() == "Counted");
        Assert.Equal(400, (int)noKey.StatusCode);
    }
}
