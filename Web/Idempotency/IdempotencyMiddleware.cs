using Microsoft.AspNetCore.Http.Features;

namespace Frontdesk.Web.Idempotency;

/// <summary>
/// Every POST, PUT, PATCH and DELETE under /api carries an Idempotency-Key: the same key and the same request (method,
/// address, body bytes) get the same recorded response without running again; the same key with another request is
/// refused. It sits inside the app's exception handler, which words its own refusals (a missing key, a reused one).
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IdempotentExecutor executor)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context.Request))
        {
            await next(context);
            return;
        }
        var key = IdempotencyKey.From(context.Request);
        // Kestrel then stops reading at the limit itself; the test server has no such feature, RequestBody checks too.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = RequestBody.MaxBytes;
        var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
        var fingerprint = RequestFingerprint.Of(context.Request, body);
        context.Request.Body = new MemoryStream(body, writable: false);
        // A key is its caller's: another caller sending the same key runs their own request, never gets this one's answer.
        var scoped = Security.SignedInCaller.From(context.User) is { } caller ? $"{caller.Login}|{key.Value}" : key.Value;
        var answer = await executor.RunOnceAsync(scoped, fingerprint, () => ResponseCapture.RunAsync(context, next, fingerprint), context.RequestAborted);
        await WriteAsync(context.Response, answer);
    }

    // Signing in is not a change to replay: its answer sets cookies, which a recorded response does not carry.
    private static bool Applies(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/api/auth")
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method));

    private static async Task WriteAsync(HttpResponse response, IdempotentAnswer answer)
    {
        var recorded = answer.Response;
        response.StatusCode = recorded.Status;
        response.ContentType = recorded.ContentType;
        if (recorded.Location is null) response.Headers.Remove("Location");
        else response.Headers.Location = recorded.Location;
        if (answer.Replayed) response.Headers[ReplayedHeader] = "true";
        response.ContentLength = recorded.Body.Length;
        await response.Body.WriteAsync(recorded.Body);
    }
}
