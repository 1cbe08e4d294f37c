using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frontdesk.Kiosk.Engine;

/// <summary>
/// The engine's JSON: camelCase names, enums as kebab-case words ("paper-out"). A ticket missing a required field
/// is refused while reading, so a half-formed answer can never reach the printer.
/// </summary>
public static class EngineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
