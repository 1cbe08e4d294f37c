namespace Frontdesk.Grains.Security;

[GrainType("device")]
public sealed class DeviceGrain(TimeProvider time) : JournaledGrain<DeviceState, DeviceEvent>, IDeviceGrain
{
    public Task<Device?> GetAsync() => Task.FromResult(Current);

    public Task<Device> RegisterAsync(DeviceRegistration registration)
    {
        if (registration.Role is not (StaffRole.KioskDevice or StaffRole.DisplayDevice))
            throw CommandRejectedException.Invalid("not-a-device-role", "A device is a kiosk or a display.",
                new Dictionary<string, object?> { ["role"] = "must be KioskDevice or DisplayDevice" });
        if (Current is { RevokedAt: null } device && device.BranchId != registration.BranchId)
            throw CommandRejectedException.Conflict("device-in-another-branch", $"Device '{GetPrimaryKeyString()}' belongs to another branch; revoke it there first.");
        RaiseEvent(new DeviceRegistered(registration, time.GetUtcNow()));
        return Task.FromResult(Current!);
    }

    public Task<Device> RevokeAsync()
    {
        if (Current is not { } device) throw CommandRejectedException.NotFound("unknown-device", $"There is no device '{GetPrimaryKeyString()}'.");
        if (device.RevokedAt is null) RaiseEvent(new DeviceRevoked(time.GetUtcNow()));
        return Task.FromResult(Current!);
    }

    private Device? Current => State.Device is { } device ? device with { Id = GetPrimaryKeyString() } : null;

    protected override string? AuditSubject(DeviceEvent @event) => AuditSubjects.Device(GetPrimaryKeyString());

    protected override object? AuditView(string subject) => Current is { } device ? device with { TokenHash = "(hidden)" } : null;
}
