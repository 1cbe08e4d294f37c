using Frontdesk.Web.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Frontdesk.Web.OpenApi;

/// <summary>Documents the Idempotency-Key header on every mutating /api operation, which the middleware requires of them all.</summary>
internal sealed class IdempotencyKeyDocumentation : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.HttpMethod ?? "";
        var mutating = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
        if (!mutating || context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true) return Task.CompletedTask;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKey.Header,
            In = ParameterLocation.Header,
            Required = true,
            Description = $"A new value (a UUID) per intended change, sent again on every retry of it; at most {IdempotencyKey.MaxLength} visible ASCII " +
                "characters. A repeat gets the recorded response (and the header Idempotent-Replayed: true); the same key with another body is 422.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyKey.MaxLength },
        });
        return Task.CompletedTask;
    }
}
