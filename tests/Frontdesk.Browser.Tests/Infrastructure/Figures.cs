namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>Median, 95th percentile (nearest rank) and maximum of a few timings.</summary>
public sealed record Figures(double Median, double P95, double Max)
{
    public static Figures Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("No timings to summarise.", nameof(values));
        return new Figures(sorted[sorted.Length / 2], sorted[(int)Math.Ceiling(sorted.Length * 0.95) - 1], sorted[^1]);
    }
}
