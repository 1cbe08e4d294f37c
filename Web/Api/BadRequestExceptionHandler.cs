using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Frontdesk.Web.Api;

/// <summary>
/// Requests the framework could not read (malformed or mistyped JSON, a missing required field, a query value of the
/// wrong type, a body too large) as ProblemDetails naming what was wrong, instead of the bare 400 minimal APIs give.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var json = Innermost<JsonException>(bad);
        var code = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "body-too-large",
            StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
            _ when json is not null => "invalid-json",
            _ => "bad-request",
        };
        var (detail, field) = json is null ? ReadFailures.Describe(bad) : ReadFailures.Describe(json);
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large" : "The request could not be read",
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        if (field is not null) problem.Extensions["field"] = field;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }

    private static T? Innermost<T>(Exception exception) where T : Exception
    {
        T? found = null;
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is T match) found = match;
        return found;
    }
}
