using Frontdesk.Silo;
using Microsoft.AspNetCore.Diagnostics;

namespace Frontdesk.Web;

/// <summary>Turns the runtime's typed failures into ProblemDetails a client can act on.</summary>
internal sealed class GrainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            StorageUnavailableException => (StatusCodes.Status503ServiceUnavailable, "The database is unreachable"),
            GrainConcurrencyException => (StatusCodes.Status409Conflict, "Too many concurrent changes"),
            ArgumentException => (StatusCodes.Status400BadRequest, "Bad request"),
            _ => (0, ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "3";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message },
        });
    }
}
