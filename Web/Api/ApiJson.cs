using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Frontdesk.Web.Api;

/// <summary>
/// The API's JSON: camelCase names, enums by name (never by number), local times "HH:mm", dates "yyyy-MM-dd", instants
/// in UTC. Reading is strict so that a mistake is refused naming its field instead of becoming a default: a missing
/// required field or a null where the contract has no null fails the read.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions json)
    {
        json.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        json.Converters.Add(new LocalTimeJsonConverter());
        json.Converters.Add(new UtcInstantJsonConverter());
        json.RespectRequiredConstructorParameters = true;
        json.RespectNullableAnnotations = true;
        json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(CheckNullsOnReadOnly);
    }

    // Nulls are checked on the way in only: a response must never fail after its command has run because some
    // value the domain made happened to be null.
    private static void CheckNullsOnReadOnly(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => !p.PropertyType.IsValueType)) property.IsGetNullable = true;
    }
}
