namespace Frontdesk.Grains.Queue;

/// <summary>Refusals that a desk and a counter both give, worded once.</summary>
internal static class QueueRefusals
{
    public static CommandRejectedException DeskBusy(string deskId, QueueTicket busy) =>
        CommandRejectedException.Conflict("desk-busy", $"Desk '{deskId}' still has {busy.Number}: serve it, mark it a no-show or transfer it first.",
            new Dictionary<string, object?> { ["ticket"] = busy.Number, ["ticketId"] = busy.Id });

    public static CommandRejectedException NotAtDesk(QueueTicket ticket, string deskId) =>
        CommandRejectedException.Conflict("not-at-desk",
            $"{ticket.Number} is not at desk '{deskId}' (it is {ticket.Status}{(ticket.DeskId is null ? "" : $" at '{ticket.DeskId}'")}).",
            new Dictionary<string, object?> { ["ticket"] = ticket.Number, ["status"] = ticket.Status.ToString(), ["deskId"] = ticket.DeskId });

    public static CommandRejectedException UnknownTicket(string ticketId) =>
        CommandRejectedException.NotFound("unknown-ticket", $"There is no ticket '{ticketId}'.", new Dictionary<string, object?> { ["ticketId"] = ticketId });
}
