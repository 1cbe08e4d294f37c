using Frontdesk.Grains;
using Frontdesk.Grains.Queue;

namespace Frontdesk.Web.Queue;

/// <summary>The words the queue's HTTP bodies use ("kiosk", "paper-out"), read into the domain's enums, or refused naming the field.</summary>
internal static class QueueWords
{
    public static TicketSource Source(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "kiosk" => TicketSource.Kiosk,
        "reception" => TicketSource.Reception,
        "online" => TicketSource.Online,
        _ => throw Invalid("source", $"'{word}' is not kiosk, reception or online"),
    };

    public static PrinterHealth Printer(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "ok" => PrinterHealth.Ok,
        "offline" => PrinterHealth.Offline,
        "paper-out" => PrinterHealth.PaperOut,
        "error" => PrinterHealth.Error,
        _ => throw Invalid("status", $"'{word}' is not ok, offline, paper-out or error"),
    };

    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid(field, "is required") : value.Trim();

    public static CommandRejectedException Invalid(string field, string problem) =>
        CommandRejectedException.Invalid("invalid-request", $"The request is not valid: {field} {problem}.",
            new Dictionary<string, object?> { [field] = problem });
}
