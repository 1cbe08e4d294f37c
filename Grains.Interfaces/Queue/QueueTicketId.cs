using System.Globalization;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// A ticket's id, which the status page's address and the ticket's QR carry: "{branch}.{line}.{yyyyMMdd}.{sequence}.{secret}".
/// It names the counter that issued the ticket, so no lookup table is needed to find it, and its secret keeps the
/// address of one client's ticket from being guessed from another's.
/// </summary>
public readonly record struct QueueTicketId(QueueCounterKey Counter, int Sequence, string Secret)
{
    public override string ToString() =>
        $"{Counter.BranchId}.{Counter.LineId}.{Counter.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{Sequence.ToString(CultureInfo.InvariantCulture)}.{Secret}";

    public static bool TryParse(string? text, out QueueTicketId id)
    {
        id = default;
        var parts = text?.Split('.');
        if (parts is not { Length: 5 } || !parts.All(Plain)) return false;
        if (!DateOnly.TryParseExact(parts[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        if (!int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence <= 0) return false;
        id = new QueueTicketId(new QueueCounterKey(parts[0], parts[1], date), sequence, parts[4]);
        return true;
    }

    // Branch and line ids, digits and secrets are all plain lower-case words: anything else is not a ticket of ours.
    private static bool Plain(string part) => part.Length is > 0 and <= 64 && part.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');
}
