namespace Frontdesk.Grains.Settlements;

/// <summary>
/// What a <see cref="Role"/> earns, in percent of a line's price after discount, for lines of <see cref="Kind"/> (any when
/// null) in <see cref="DirectionId"/> (any when null). The most specific rule that matches a line applies.
/// </summary>
public sealed record CommissionRule(CommissionRole Role, int Percent, LineKind? Kind = null, string? DirectionId = null);
