namespace Frontdesk.Grains.Wallets;

public enum PackKind
{
    /// <summary>A number of sessions ("5 sessions for the price of 4").</summary>
    Sessions,
    /// <summary>A period membership: unlimited or counted sessions until its end, maybe only at certain hours, maybe for two.</summary>
    Membership,
}
