namespace Frontdesk.Grains.Stock;

public enum WarehouseKind
{
    /// <summary>The branch's main store: deliveries arrive here, and services of a direction without a store of its own draw from it.</summary>
    Main,
    /// <summary>The store of one direction (spa, cosmetology, salon…): its services' materials come from here.</summary>
    Direction,
    /// <summary>The retail shelf: what clients buy to take home.</summary>
    Retail,
}
