namespace Frontdesk.Grains.Settlements;

public enum CommissionRole
{
    /// <summary>Who rendered the service.</summary>
    Specialist,
    /// <summary>Who sold it (a consultant, a receptionist).</summary>
    Seller,
}
