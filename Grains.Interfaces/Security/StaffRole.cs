namespace Frontdesk.Grains.Security;

/// <summary>What a person or a device is to the chain; each role has its permissions (Web/Security/RolePermissions).</summary>
public enum StaffRole
{
    Owner,
    BranchManager,
    Receptionist,
    Cashier,
    Specialist,
    KioskDevice,
    DisplayDevice,
    OnlineClient,
}
