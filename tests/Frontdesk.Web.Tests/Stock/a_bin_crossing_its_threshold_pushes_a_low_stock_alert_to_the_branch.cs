using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Stock;
using Frontdesk.Web.Stock;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Stock;

public sealed class a_bin_crossing_its_threshold_pushes_a_low_stock_alert_to_the_branch
{
    [Fact]
    public async Task the_screen_gets_the_bins_next_version_marked_low()
    {
        await using var engine = await LiveEngine.StartAsync();
        await using var screen = await engine.ConnectAsync();
        var key = new StockBinKey(DemoBranches.Tverskaya, $"{DemoBranches.Tverskaya}-shelf", "face-cream").ToString();
        var bin = engine.Grains.GetGrain<IStockBinGrain>(key);

        var snapshot = await screen.SubscribeAsync(StockTopics.Topic(DemoBranches.Tverskaya));
        var before = snapshot.Items.Single(i => i.Key == key);
        var view = await bin.GetAsync();
        await bin.SellAsync("sale-to-threshold", view.Quantity - view.LowThreshold!.Value + 1);

        var alert = await screen.WaitForAsync(c => c.Key == key && c.Data.GetProperty("isLow").GetBoolean());
        Assert.False(before.Data.GetProperty("isLow").GetBoolean());
        Assert.Equal(before.Version + 1, alert.Version);
        Assert.Equal(before.Version + 1, alert.FirstVersion);
        Assert.Equal(view.LowThreshold.Value - 1, alert.Data.GetProperty("quantity").GetDecimal());
        Assert.Equal("Moisturising face cream, 50 ml jar", alert.Data.GetProperty("itemName").GetString());
    }
}
