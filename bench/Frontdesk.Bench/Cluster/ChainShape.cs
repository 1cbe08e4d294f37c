using System.Globalization;
using Frontdesk.Bench.Http;

namespace Frontdesk.Bench.Cluster;

/// <summary>Where the receptionists book: the bench chain's branches × specialists, the next few days, a 15-minute visit at a 5-minute start.</summary>
internal sealed record ChainShape(int Branches, int Specialists, int Days, DateOnly Today)
{
    public const int Slots = 165; // 08:00 … 21:40 in 5-minute steps, so a 15-minute visit ends by 21:55

    public string Date(int day) => Today.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A random specialist-day, or always the first one when every receptionist crowds one day.</summary>
    public (string Branch, string Specialist, string Date) Pick(Random random, bool hot)
    {
        var (b, s, d) = hot ? (0, 0, 1) : (random.Next(Branches), random.Next(Specialists), 1 + random.Next(Days));
        return (SyntheticChainOverHttp.Branch(b), SyntheticChainOverHttp.Specialist(b, s), Date(d));
    }

    public static string Start(int slot) => new TimeOnly(8, 0).AddMinutes(5 * slot).ToString("HH:mm", CultureInfo.InvariantCulture);

    public IEnumerable<string> Topics() =>
        Enumerable.Range(0, Branches).SelectMany(b => Enumerable.Range(1, Days).Select(d => $"calendar:{SyntheticChainOverHttp.Branch(b)}:{Date(d)}"));
}
