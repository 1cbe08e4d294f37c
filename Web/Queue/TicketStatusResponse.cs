using Frontdesk.Grains.Queue;

namespace Frontdesk.Web.Queue;

/// <summary>A ticket for its holder's status page: where it is now, how many are before it, and the branch's zone for times.</summary>
public sealed record TicketStatusResponse(QueueTicket Ticket, string LineName, BranchSummary Branch, int? PeopleAhead, int? EstimatedWaitMinutes, long Version);
