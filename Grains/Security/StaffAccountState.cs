namespace Frontdesk.Grains.Security;

public sealed class StaffAccountState : IJournaledState<StaffAccountEvent>
{
    public StaffAccount? Account { get; set; }

    public void Apply(StaffAccountEvent @event)
    {
        switch (@event)
        {
            case StaffAccountSetUpDone e:
                var s = e.SetUp;
                Account = new StaffAccount(Account?.Login ?? "", s.DisplayName, s.Role, s.Branches, s.SpecialistId, s.ClientId, s.PasswordHash, s.Demo,
                    Disabled: false, FailedAttempts: 0, LockedUntil: null);
                break;
            case SignInFailed e when Account is not null:
                Account = Account with { FailedAttempts = e.LockedUntil is null ? Account.FailedAttempts + 1 : 0, LockedUntil = e.LockedUntil ?? Account.LockedUntil };
                break;
            case SignInSucceeded when Account is not null:
                Account = Account with { FailedAttempts = 0, LockedUntil = null };
                break;
            case StaffAccountDisabled when Account is not null:
                Account = Account with { Disabled = true };
                break;
        }
    }
}
