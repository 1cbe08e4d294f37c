namespace Frontdesk.Kiosk.Printing;

/// <summary>Turns the <c>Kiosk:Printer</c> setting into a transport: <c>tcp://host[:9100]</c>, <c>file:///path</c>, or a device path.</summary>
public static class PrinterAddress
{
    public static IPrinter Parse(string address, KioskOptions options)
    {
        if (string.IsNullOrWhiteSpace(address))
            throw new KioskConfigurationException("Kiosk:Printer is required: tcp://host:9100, a device path like /dev/usb/lp0, or file:///path.");
        if (address.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var tcp) || tcp.Host.Length == 0)
                throw new KioskConfigurationException($"Kiosk:Printer '{address}' is not tcp://host:port.");
            return new TcpPrinter(tcp.Host, tcp.IsDefaultPort ? 9100 : tcp.Port, options.PrinterTimeout, options.PrinterStatusTimeout);
        }
        if (address.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var file) || !file.IsFile)
                throw new KioskConfigurationException($"Kiosk:Printer '{address}' is not file:///path.");
            return new FilePrinter(file.LocalPath, options.PrinterTimeout);
        }
        if (address.Contains("://", StringComparison.Ordinal))
            throw new KioskConfigurationException($"Kiosk:Printer '{address}': only tcp://, file:// or a device path are understood.");
        return new DevicePrinter(address, options.PrinterTimeout);
    }
}
