using Frontdesk.Web.Audit;
using Frontdesk.Web.Availability;
using Frontdesk.Web.Security;
using Frontdesk.Web.Bookings;
using Frontdesk.Web.Calendar;
using Frontdesk.Web.Catalog;
using Frontdesk.Web.Idempotency;
using Frontdesk.Web.Money;
using Frontdesk.Web.OpenApi;
using Frontdesk.Web.Schedules;
using Frontdesk.Web.Stock;
using Frontdesk.Web.Waitlist;
using Microsoft.AspNetCore.Http.Json;

namespace Frontdesk.Web.Api;

/// <summary>The scheduling HTTP API: its JSON, its refusals, the Idempotency-Key rule, its endpoints and its OpenAPI document.</summary>
internal static class FrontdeskApi
{
    public static IServiceCollection AddFrontdeskApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        // Left alone, minimal APIs answer a body or query value they cannot bind with a bare 400 and log why at debug
        // level (they throw only in Development); thrown always, BadRequestExceptionHandler can tell the caller.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddSingleton<IdempotencyOptions>();
        services.AddSingleton<IdempotentExecutor>();
        services.AddSingleton<AuditHistory>();
        services.AddSingleton<BookingReverter>();
        services.AddOpenApi(options => options.AddOperationTransformer<IdempotencyKeyDocumentation>());
        return services;
    }

    /// <summary>Inside the exception handler, so the refusals it throws (no key, a reused key) come out as ProblemDetails.</summary>
    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();

    public static IEndpointRouteBuilder MapFrontdeskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapCalendarEndpoints();
        api.MapAvailabilityEndpoints();
        api.MapBookingEndpoints();
        api.MapWaitlistEndpoints();
        api.MapScheduleEndpoints();
        api.MapCatalogWriteEndpoints();
        api.MapStockEndpoints();
        api.MapWalletEndpoints();
        api.MapSettlementEndpoints();
        api.MapCashDeskEndpoints();
        api.MapAccessEndpoints();
        api.MapAuditEndpoints();
        app.MapOpenApi().Public("the API's shape is no secret; every call it lists is checked");
        return app;
    }
}
