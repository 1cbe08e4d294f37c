namespace Frontdesk.Web.Security;

/// <summary>What an endpoint or a hub topic asks of its caller; each role holds a set of these (<see cref="RolePermissions"/>).</summary>
public enum Permission
{
    /// <summary>Anyone signed in: who am I, sign out.</summary>
    SignedIn,
    CatalogRead,
    CatalogWrite,
    CalendarRead,
    AvailabilityRead,
    BookingRead,
    BookingWrite,
    /// <summary>Start and complete a visit.</summary>
    VisitProgress,
    ClientRead,
    ClientWrite,
    WaitlistRead,
    WaitlistWrite,
    ScheduleRead,
    ScheduleWrite,
    QueueRead,
    QueueIssue,
    QueueDesk,
    KioskFleetRead,
    KioskReport,
    NodeRead,
    AuditRead,
    BookingRevert,
    StaffManage,
    DeviceManage,
}
