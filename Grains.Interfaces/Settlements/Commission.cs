namespace Frontdesk.Grains.Settlements;

/// <summary>What one person earns from one line of a settled visit (minor units).</summary>
public sealed record Commission(string PersonId, CommissionRole Role, string ItemId, long Base, int Percent, long Amount);
