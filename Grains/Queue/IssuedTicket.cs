using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Queue;

/// <summary>A ticket just given out (or given out before for the same operation), with the line and branch it was issued at.</summary>
public sealed record IssuedTicket(QueueTicket Ticket, QueueLine Line, Branch Branch);
