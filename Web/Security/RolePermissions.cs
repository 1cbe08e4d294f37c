using Frontdesk.Grains.Security;
using static Frontdesk.Web.Security.Permission;

namespace Frontdesk.Web.Security;

/// <summary>
/// Which role may do what. The branch (and, for specialists and online clients, the specialist or the client) is
/// checked separately against the data each call touches (<see cref="BranchScopeFilter"/>).
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<StaffRole, HashSet<Permission>> Granted = new()
    {
        [StaffRole.Owner] = [.. Enum.GetValues<Permission>()],
        [StaffRole.BranchManager] =
        [
            SignedIn, CatalogRead, CalendarRead, AvailabilityRead, BookingRead, BookingWrite, VisitProgress, ClientRead, ClientWrite, WaitlistRead,
            WaitlistWrite, ScheduleRead, ScheduleWrite, QueueRead, QueueIssue, QueueDesk, KioskFleetRead, AuditRead, BookingRevert, StaffManage,
            DeviceManage, StockRead, StockWrite, WalletRead, WalletWrite, WalletTerms, CertificateWrite, SettlementWrite, SettlementVoid, CashDeskWork,
            CashDeskClose, SalesRulesRead,
        ],
        [StaffRole.Receptionist] =
        [
            SignedIn, CatalogRead, CalendarRead, AvailabilityRead, BookingRead, BookingWrite, VisitProgress, ClientRead, ClientWrite, WaitlistRead,
            WaitlistWrite, ScheduleRead, QueueRead, QueueIssue, QueueDesk, KioskFleetRead, StockRead, WalletRead, WalletWrite, SettlementWrite,
            CashDeskWork, SalesRulesRead,
        ],
        [StaffRole.Cashier] =
        [
            SignedIn, CatalogRead, CalendarRead, BookingRead, ClientRead, QueueRead, QueueDesk, StockRead, WalletRead, WalletWrite, CertificateWrite,
            SettlementWrite, CashDeskWork, CashDeskClose, SalesRulesRead,
        ],
        // Their own days only: the data check holds them to their specialist id.
        [StaffRole.Specialist] = [SignedIn, CatalogRead, BookingRead, VisitProgress, ScheduleRead, CalendarRead],
        [StaffRole.KioskDevice] = [QueueRead, QueueIssue, KioskReport],
        [StaffRole.DisplayDevice] = [QueueRead],
        // Their own card and bookings only: the data check holds them to their client id.
        [StaffRole.OnlineClient] = [SignedIn, CatalogRead, AvailabilityRead, BookingRead, BookingWrite, ClientRead],
    };

    public static bool Allows(StaffRole role, Permission permission) => Granted[role].Contains(permission);

    public static IEnumerable<StaffRole> RolesWith(Permission permission) => Granted.Where(g => g.Value.Contains(permission)).Select(g => g.Key);
}
