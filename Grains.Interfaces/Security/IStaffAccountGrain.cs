using Frontdesk.Silo;

namespace Frontdesk.Grains.Security;

/// <summary>One sign-in account (key: the login, lower case): its role, branches, password hash and lockout.</summary>
public interface IStaffAccountGrain : IGrainWithStringKey
{
    Task<StaffAccount?> GetAsync();

    Task<StaffAccount> SetUpAsync(StaffAccountSetUp setUp);

    /// <summary>
    /// Records one sign-in attempt whose password the edge has checked against the hash. Repeated failures lock the
    /// account for a while; while locked even the right password is refused.
    /// </summary>
    Task<SignInOutcome> RecordAttemptAsync(bool passwordMatched);

    Task<StaffAccount> DisableAsync();
}
