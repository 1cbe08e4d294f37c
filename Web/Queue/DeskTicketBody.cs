namespace Frontdesk.Web.Queue;

/// <summary>The ticket a desk acts on, and for a transfer the line it goes to.</summary>
public sealed record DeskTicketBody(string? TicketId = null, string? ToLineId = null);
