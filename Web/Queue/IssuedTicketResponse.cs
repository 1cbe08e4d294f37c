using System.Globalization;
using Frontdesk.Grains.Queue;

namespace Frontdesk.Web.Queue;

/// <summary>
/// The kiosk's ticket, exactly as its contract (Kiosk/Engine/QueueTicket.cs) reads it: every field present, the
/// wait null when there is no estimate. Built from what the counter stored at issue, so the same key gives the same body.
/// </summary>
public sealed record IssuedTicketResponse(
    string TicketId,
    string Number,
    string LineId,
    string LineName,
    string BranchName,
    DateTimeOffset IssuedAt,
    string LocalTime,
    int PeopleAhead,
    int? EstimatedWaitMinutes,
    string StatusUrl)
{
    public static IssuedTicketResponse From(IssuedTicket issued, string statusUrl)
    {
        var ticket = issued.Ticket;
        var local = TimeZoneInfo.ConvertTime(ticket.IssuedAt, TimeZoneInfo.FindSystemTimeZoneById(issued.Branch.TimeZone));
        return new IssuedTicketResponse(ticket.Id, ticket.Number, issued.Line.Id, issued.Line.Name, issued.Branch.Name, ticket.IssuedAt.ToUniversalTime(),
            local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), ticket.PeopleAheadAtIssue, ticket.EstimatedWaitAtIssue, statusUrl);
    }
}
