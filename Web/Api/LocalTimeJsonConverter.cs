using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frontdesk.Web.Api;

/// <summary>A branch's wall-clock time as "HH:mm", the way a calendar shows it; nothing finer is meaningful for a booking.</summary>
internal sealed class LocalTimeJsonConverter : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return LocalValues.TryParseTime(text, out var time)
            ? time
            : throw new JsonException($"{(text is null ? "That" : $"'{text}'")} is not a local time in the form HH:mm.");
    }

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
}
