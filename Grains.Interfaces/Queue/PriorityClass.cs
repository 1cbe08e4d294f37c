namespace Frontdesk.Grains.Queue;

/// <summary>
/// A kind of client called before others: a higher <see cref="Rank"/> is called first, then first come. Ranks are
/// compared across the lines a desk serves, so a branch gives the same class the same rank on every line.
/// </summary>
/// <param name="Rank">1 to 9; the regular class is 0.</param>
public sealed record PriorityClass(string Id, string Name, int Rank)
{
    public const string Regular = "regular";

    /// <summary>The class a ticket linked to a booking gets when none is asked for, if the line has it.</summary>
    public const string Booked = "booked";
}
