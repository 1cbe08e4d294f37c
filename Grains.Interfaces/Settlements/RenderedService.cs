namespace Frontdesk.Grains.Settlements;

/// <summary>
/// A service actually rendered: the booked list as reception edits it. Without <see cref="UnitPrice"/> the booked
/// price (or, for a service added on the spot, the catalog's) is charged. <see cref="DiscountPercent"/> is a discount
/// given by hand; the best of it, the client's level and the promotions running at the visit's time applies.
/// </summary>
public sealed record RenderedService(string ServiceId, int Quantity = 1, long? UnitPrice = null, int DiscountPercent = 0, string? SpecialistId = null);
