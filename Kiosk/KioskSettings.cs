using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk;

/// <summary>Reads section <c>Kiosk</c> and refuses, with the setting's name, what would only fail later at a client's press.</summary>
public static class KioskSettings
{
    public static KioskOptions Read(IConfiguration configuration)
    {
        var options = new KioskOptions();
        configuration.GetSection("Kiosk").Bind(options);
        Validate(options);
        return options;
    }

    public static void Validate(KioskOptions options)
    {
        if (!Uri.TryCreate(options.Engine, UriKind.Absolute, out var engine) || engine.Scheme is not ("http" or "https"))
            throw new KioskConfigurationException($"Kiosk:Engine must be the engine's http(s) address, e.g. http://localhost:5080 (got '{options.Engine}').");
        if (string.IsNullOrWhiteSpace(options.BranchId))
            throw new KioskConfigurationException("Kiosk:BranchId is required: the branch whose queue this kiosk serves.");
        if (string.IsNullOrWhiteSpace(options.KioskId))
            throw new KioskConfigurationException("Kiosk:KioskId is required: the engine tells kiosks apart by it.");
        if (string.IsNullOrWhiteSpace(options.DeviceToken) || options.DeviceToken.Any(char.IsWhiteSpace))
            throw new KioskConfigurationException("Kiosk:DeviceToken is required (Kiosk__DeviceToken in the environment): the token a branch manager issued for this kiosk at the engine.");
        MessageCatalog.For(options.Language);
        PrinterAddress.Parse(options.Printer, options);
        try
        {
            CodePages.Get(options.CodePage);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new KioskConfigurationException($"Kiosk:CodePage {options.CodePage} is not a code page this machine can encode.");
        }
        if (options.CodePageCommand is < 0 or > 255)
            throw new KioskConfigurationException("Kiosk:CodePageCommand is the n of ESC t n, 0 to 255.");
        if (options.PaperWidth is not (58 or 80))
            throw new KioskConfigurationException("Kiosk:PaperWidth is 58 or 80 (millimetres).");
        ValidateResilience(options.Resilience);
    }

    // Polly refuses these at start-up anyway; saying it with the setting's name saves a search.
    private static void ValidateResilience(EngineResilienceOptions r)
    {
        if (r.TryTimeout <= TimeSpan.Zero || r.TotalBudget < r.TryTimeout)
            throw new KioskConfigurationException("Kiosk:Resilience:TryTimeout must be positive and not above TotalBudget.");
        if (r.Retries < 0 || r.RetryDelay < TimeSpan.Zero)
            throw new KioskConfigurationException("Kiosk:Resilience:Retries and RetryDelay must not be negative.");
        if (r.BreakFailureRatio is <= 0 or > 1 || r.BreakMinimumThroughput < 2)
            throw new KioskConfigurationException("Kiosk:Resilience:BreakFailureRatio is in (0, 1] and BreakMinimumThroughput at least 2.");
        if (r.BreakDuration < TimeSpan.FromMilliseconds(500) || r.BreakSampling < TimeSpan.FromMilliseconds(500))
            throw new KioskConfigurationException("Kiosk:Resilience:BreakDuration and BreakSampling are at least 00:00:00.5.");
    }
}
