namespace Frontdesk.Grains.Security;

[GrainType("staff-account")]
public sealed class StaffAccountGrain(TimeProvider time) : JournaledGrain<StaffAccountState, StaffAccountEvent>, IStaffAccountGrain
{
    /// <summary>Failures in a row that lock the account.</summary>
    public const int FailuresBeforeLockout = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public Task<StaffAccount?> GetAsync() => Task.FromResult(Current);

    public Task<StaffAccount> SetUpAsync(StaffAccountSetUp setUp)
    {
        if (string.IsNullOrWhiteSpace(setUp.PasswordHash))
            throw CommandRejectedException.Invalid("password-required", "An account needs a password.");
        RaiseEvent(new StaffAccountSetUpDone(setUp));
        return Task.FromResult(Current!);
    }

    public Task<SignInOutcome> RecordAttemptAsync(bool passwordMatched)
    {
        if (Current is not { } account) return Task.FromResult(SignInOutcome.WrongPassword);
        if (account.Disabled) return Task.FromResult(SignInOutcome.Disabled);
        var now = time.GetUtcNow();
        if (account.LockedUntil > now) return Task.FromResult(SignInOutcome.LockedOut);
        if (passwordMatched)
        {
            if (account.FailedAttempts > 0 || account.LockedUntil is not null) RaiseEvent(new SignInSucceeded(now));
            return Task.FromResult(SignInOutcome.SignedIn);
        }
        var locks = account.FailedAttempts + 1 >= FailuresBeforeLockout;
        RaiseEvent(new SignInFailed(now, locks ? now + LockoutDuration : null));
        return Task.FromResult(locks ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword);
    }

    public Task<StaffAccount> DisableAsync()
    {
        if (Current is null) throw CommandRejectedException.NotFound("unknown-account", $"There is no account '{GetPrimaryKeyString()}'.");
        RaiseEvent(new StaffAccountDisabled(time.GetUtcNow()));
        return Task.FromResult(Current!);
    }

    private StaffAccount? Current => State.Account is { } account ? account with { Login = GetPrimaryKeyString() } : null;

    protected override string? AuditSubject(StaffAccountEvent @event) => AuditSubjects.StaffAccount(GetPrimaryKeyString());

    // History shows the account without its hash.
    protected override object? AuditView(string subject) => Current is { } account ? account with { PasswordHash = "(hidden)" } : null;
}
