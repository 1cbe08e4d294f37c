using System.Runtime.ExceptionServices;
using Frontdesk.Grains.Requests;
using Frontdesk.Silo;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Frontdesk.Web.Idempotency;

/// <summary>
/// Runs the rest of the pipeline into memory so the response can be recorded before anyone sees it. A refusal thrown
/// by the endpoint is turned into its ProblemDetails here, by the same exception handlers the app uses, because a
/// 4xx is part of the key's answer: the same request sent again gets the same refusal.
/// </summary>
internal static class ResponseCapture
{
    public static async Task<CapturedResponse> RunAsync(HttpContext context, RequestDelegate next, string fingerprint)
    {
        byte[] body;
        var transient = false;
        try
        {
            body = await IntoMemoryAsync(context, () => next(context));
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A lost append race or an unreachable database says nothing about the request: a retry must run it again.
            transient = ex is GrainConcurrencyException or StorageUnavailableException;
            context.Response.Headers.Clear();
            context.Response.StatusCode = StatusCodes.Status200OK;
            var handled = false;
            body = await IntoMemoryAsync(context, async () => handled = await HandleAsync(context, ex));
            if (!handled) ExceptionDispatchInfo.Capture(ex).Throw();
        }
        // The framework's own refusals (no such address, not JSON) come with no body; they are recorded worded, as the rest.
        if (context.Response.StatusCode >= 400 && body.Length == 0) body = await IntoMemoryAsync(context, () => WordAsync(context));
        var response = context.Response;
        return new CapturedResponse(
            new IdempotentResponse(fingerprint, response.StatusCode, response.ContentType, response.Headers.Location.FirstOrDefault(), body),
            transient || response.StatusCode >= 500);
    }

    private static async Task<byte[]> IntoMemoryAsync(HttpContext context, Func<Task> write)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await write();
            await capture.CompleteAsync();
            return buffer.ToArray();
        }
        finally
        {
            context.Features.Set(original);
        }
    }

    private static Task WordAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (code, detail) = status switch
        {
            StatusCodes.Status404NotFound => ("no-such-address", "There is no such address in this API; its document is at /openapi/v1.json."),
            StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", $"This address does not take {context.Request.Method}."),
            StatusCodes.Status415UnsupportedMediaType => ("unsupported-media-type", "This call takes a JSON body: send it with Content-Type: application/json."),
            _ => ("refused", null),
        };
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    private static async Task<bool> HandleAsync(HttpContext context, Exception exception)
    {
        foreach (var handler in context.RequestServices.GetServices<IExceptionHandler>())
            if (await handler.TryHandleAsync(context, exception, context.RequestAborted)) return true;
        return false;
    }
}
