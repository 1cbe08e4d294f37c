namespace Frontdesk.Grains.Stock;

public enum MovementKind
{
    Received,
    ConsumedForVisit,
    /// <summary>A visit's consumption given back: the settlement that took it could not finish.</summary>
    ReturnedFromVisit,
    Sold,
    /// <summary>An inventory count: the movement is the adjustment from what the bin held to what was counted.</summary>
    Counted,
    TransferredOut,
    /// <summary>A transfer out undone: the other bin never took it.</summary>
    TransferReturned,
    TransferredIn,
}
