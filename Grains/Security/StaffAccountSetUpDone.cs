namespace Frontdesk.Grains.Security;

public sealed record StaffAccountSetUpDone(StaffAccountSetUp SetUp) : StaffAccountEvent;
