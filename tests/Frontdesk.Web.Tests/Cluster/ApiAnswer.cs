using System.Text.Json;

namespace Frontdesk.Web.Tests.Cluster;

/// <summary>What a node answered: the status (0 when no node answered at all), the JSON body, the content type and which node.</summary>
public sealed record ApiAnswer(int Status, JsonElement Body, string? MediaType, int Node)
{
    public string Text => Body.ValueKind == JsonValueKind.Undefined ? "" : Body.GetRawText();

    /// <summary>A ProblemDetails' machine-readable code, when the answer is one.</summary>
    public string? Code => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("code", out var code) ? code.GetString() : null;
}
