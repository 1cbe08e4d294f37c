using System.Text.Json;
using System.Text.RegularExpressions;

namespace Frontdesk.Web.Api;

/// <summary>
/// Words the framework's reading failures for the caller: which field, and what was wrong with it, without the .NET
/// type names the framework's messages carry.
/// </summary>
internal static partial class ReadFailures
{
    [GeneratedRegex("missing required properties including: (?<names>.+?)\\.?$")]
    private static partial Regex MissingProperties();

    [GeneratedRegex("^Required parameter \"\\S+ (?<name>\\w+)\" was not provided from (?<where>[\\w ]+)\\.$")]
    private static partial Regex MissingParameter();

    [GeneratedRegex("^Failed to bind parameter \"\\S+ (?<name>\\w+)\" from \"(?<value>.*)\"\\.$")]
    private static partial Regex UnboundParameter();

    public static (string Detail, string? Field) Describe(JsonException json)
    {
        var field = json.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : null;
        var message = json.Message;
        if (MissingProperties().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value.Replace("'", "");
            return ($"Required fields are missing: {names}.", names);
        }
        if (field is null) return ($"The body is not valid JSON: {message}", null);
        if (message.Contains("doesn't allow null values", StringComparison.Ordinal)) return ($"'{field}' may not be null.", field);
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            return ($"'{field}' does not hold a value of the kind this call takes (dates are yyyy-MM-dd, times HH:mm, choices by name).", field);
        return ($"'{field}': {message}", field);
    }

    public static (string Detail, string? Field) Describe(BadHttpRequestException bad)
    {
        if (MissingParameter().Match(bad.Message) is { Success: true } missing)
            return ($"'{missing.Groups["name"].Value}' is required (in the {missing.Groups["where"].Value}).", missing.Groups["name"].Value);
        if (UnboundParameter().Match(bad.Message) is { Success: true } unbound)
            return ($"'{unbound.Groups["name"].Value}' cannot be \"{unbound.Groups["value"].Value}\".", unbound.Groups["name"].Value);
        return (bad.Message, null);
    }
}
