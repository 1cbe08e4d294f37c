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
    StockRead,
    /// <summary>Receive, sell, count, transfer, consume for a visit, set thresholds in a branch's stores.</summary>
    StockWrite,
    /// <summary>The chain's warehouses, items and consumption norms.</summary>
    StockSetup,
    WalletRead,
    /// <summary>Deposits, refunds, packs sold.</summary>
    WalletWrite,
    /// <summary>A wallet's credit limit and membership level.</summary>
    WalletTerms,
    CertificateWrite,
    /// <summary>Settle a visit, preview it, print its act.</summary>
    SettlementWrite,
    /// <summary>Void a settled visit: a supervisor's approval.</summary>
    SettlementVoid,
    /// <summary>A desk's day: shifts, takings.</summary>
    CashDeskWork,
    /// <summary>Close a desk's business day.</summary>
    CashDeskClose,
    SalesRulesRead,
    SalesRulesWrite,
    PayrollRead,
}
