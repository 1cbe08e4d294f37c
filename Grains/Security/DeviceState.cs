namespace Frontdesk.Grains.Security;

public sealed class DeviceState : IJournaledState<DeviceEvent>
{
    public Device? Device { get; set; }

    public void Apply(DeviceEvent @event)
    {
        switch (@event)
        {
            case DeviceRegistered e:
                var r = e.Registration;
                Device = new Device(Device?.Id ?? "", r.Name, r.BranchId, r.Role, r.TokenHash, r.Demo, e.At, RevokedAt: null);
                break;
            case DeviceRevoked e when Device is not null:
                Device = Device with { RevokedAt = e.At };
                break;
        }
    }
}
