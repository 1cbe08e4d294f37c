using System.Globalization;
using Frontdesk.Grains;

namespace Frontdesk.Web.Api;

/// <summary>
/// Dates and times in addresses and query strings, read in exactly one form: "2026-11-23" and "09:30". Route binding
/// would take whatever the server's culture can parse ("11/23/2026"), which means something else elsewhere.
/// </summary>
internal static class LocalValues
{
    public static DateOnly Date(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Refused("invalid-date", field, text, "a date in the form yyyy-MM-dd");

    public static DateOnly? OptionalDate(string? text, string field) => string.IsNullOrEmpty(text) ? null : Date(text, field);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static CommandRejectedException Refused(string code, string field, string? text, string what) =>
        CommandRejectedException.Invalid(code, $"{field} '{text}' is not {what}.", new Dictionary<string, object?> { [field] = $"'{text}' is not {what}" });
}
