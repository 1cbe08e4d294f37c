using Frontdesk.Silo;

namespace Frontdesk.Grains.Security;

/// <summary>One device's token (key: device id).</summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    Task<Device?> GetAsync();

    /// <summary>Registers the device, or gives it a new token (the old one stops working).</summary>
    Task<Device> RegisterAsync(DeviceRegistration registration);

    Task<Device> RevokeAsync();
}
