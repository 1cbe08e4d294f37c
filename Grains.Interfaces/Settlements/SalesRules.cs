namespace Frontdesk.Grains.Settlements;

/// <summary>The chain's promotions, client levels and commission rules, as settlement prices a visit with them.</summary>
public sealed record SalesRules(IReadOnlyList<Promotion> Promotions, IReadOnlyList<MembershipLevel> Levels, IReadOnlyList<CommissionRule> Commissions)
{
    public static SalesRules None { get; } = new([], [], []);
}
