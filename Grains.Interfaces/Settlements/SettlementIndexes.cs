namespace Frontdesk.Grains.Settlements;

/// <summary>Indexes the settlements keep with their commits.</summary>
public static class SettlementIndexes
{
    /// <summary>Entry per settled visit; key "{branch}|{business date}|{desk}|{visit}"; data: <see cref="SettlementDocument"/>.</summary>
    public const string Settlements = "settlements";

    /// <summary>Entry per commission; key "{person}|{business date}|{visit}"; data: <see cref="CommissionEarned"/>.</summary>
    public const string Commissions = "commissions";
}
