namespace Frontdesk.Grains.Queue;

public enum TicketStatus
{
    /// <summary>In the line's queue.</summary>
    Waiting,
    /// <summary>Called to a desk (and maybe recalled); the desk has not finished with it yet.</summary>
    Called,
    /// <summary>The desk served the client.</summary>
    Served,
    /// <summary>The client did not come after the recalls the branch asks for.</summary>
    NoShow,
    /// <summary>Sent to another line's queue, where it waits under the same number.</summary>
    Transferred,
}
