namespace Frontdesk.Web.Queue;

/// <summary>A kiosk's printer report: <c>{status: "ok"|"offline"|"paper-out"|"error", detail?}</c>.</summary>
public sealed record PrinterStatusBody(string? Status = null, string? Detail = null);
