using Frontdesk.Grains.Security;
using Frontdesk.Silo;
using Frontdesk.Silo.Hosting;

namespace Frontdesk.Web.Security;

/// <summary>
/// A real chain's first owner, from configuration or the environment (<c>Frontdesk__Security__Owner__Login</c> and
/// <c>…__Password</c>), created if that login does not exist yet; the password is never in the repository.
/// </summary>
internal sealed class FirstOwnerSetup(IConfiguration configuration, IGrainFactory grains, Passwords passwords, ILogger<FirstOwnerSetup> logger)
    : IHostedService
{
    public const string LoginSetting = "Frontdesk:Security:Owner:Login";
    public const string PasswordSetting = "Frontdesk:Security:Owner:Password";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var login = configuration[LoginSetting]?.Trim().ToLowerInvariant();
        var password = configuration[PasswordSetting];
        if (string.IsNullOrEmpty(login)) return;
        if (string.IsNullOrEmpty(password) || password.Length < Passwords.MinLength)
            throw new SiloConfigurationException($"{PasswordSetting} must be set, at least {Passwords.MinLength} characters, when {LoginSetting} is.");
        var account = grains.GetGrain<IStaffAccountGrain>(login);
        if (await account.GetAsync() is not null) return;
        Caller.Current = Caller.System;
        await account.SetUpAsync(new StaffAccountSetUp(login, StaffRole.Owner, [], null, null, passwords.Hash(password)));
        logger.LogInformation("First owner account {Login} created from configuration", login);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
