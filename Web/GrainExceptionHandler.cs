using Frontdesk.Grains;
using Frontdesk.Silo;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Frontdesk.Web;

/// <summary>Turns the runtime's typed failures and the domain's refusals into ProblemDetails a client can act on.</summary>
internal sealed class GrainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            CommandRejectedException rejected => rejected.Kind switch
            {
                RejectionKind.Invalid => (StatusCodes.Status400BadRequest, "The request is not valid"),
                RejectionKind.NotFound => (StatusCodes.Status404NotFound, "Not found"),
                RejectionKind.Conflict => (StatusCodes.Status409Conflict, "In conflict with the current state"),
                _ => (StatusCodes.Status422UnprocessableEntity, "Against the rules"),
            },
            StorageUnavailableException => (StatusCodes.Status503ServiceUnavailable, "The database is unreachable"),
            // Nothing was stored and a retry may well succeed: a transient refusal, which clients retry, not a conflict they must resolve.
            GrainConcurrencyException => (StatusCodes.Status503ServiceUnavailable, "Too many concurrent changes, try again"),
            ArgumentException => (StatusCodes.Status400BadRequest, "Bad request"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = exception is GrainConcurrencyException ? "1" : "3";
        var problem = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        if (exception is CommandRejectedException refusal)
        {
            // "code" is for programs; the details name the fields or the things in the way.
            problem.Extensions["code"] = refusal.Code;
            foreach (var (name, value) in refusal.Details) problem.Extensions.TryAdd(name, value);
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }
}
