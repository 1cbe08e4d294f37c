using Frontdesk.Kiosk.Engine;
using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Screen;

/// <summary>The touch page's API on localhost: the lines to draw and the press.</summary>
public static class KioskEndpoints
{
    private const int MaxIdLength = 100;

    public static void MapKioskEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/lines", GetLinesAsync);
        app.MapPost("/api/press", PressAsync);
    }

    private static async Task<LinesView> GetLinesAsync(EngineClient engine, IPrinter printer, PrinterWatch watch, KioskOptions options, KioskTexts texts, CancellationToken cancellationToken)
    {
        // The page refreshes this now and then; checking the printer here keeps its banner true between presses.
        watch.Observe(await printer.CheckAsync(cancellationToken));
        var answer = await engine.GetLinesAsync(cancellationToken);
        var lines = answer.Value?.Lines ?? [];
        var bookingLine = options.BookingLine.Length > 0 ? options.BookingLine : lines.FirstOrDefault()?.Id;
        var message = answer.Kind == EngineAnswerKind.Unavailable ? texts.Unavailable : answer.Problem;
        return new LinesView(answer.Kind, message, answer.Value?.Branch, lines, bookingLine, watch.Current, texts);
    }

    private static async Task<IResult> PressAsync(PressRequest press, TicketPress ticketPress)
    {
        if (string.IsNullOrWhiteSpace(press.LineId) || press.LineId.Length > MaxIdLength)
            return Results.Problem(title: "A press names the line", statusCode: StatusCodes.Status400BadRequest);
        if (press.PressId is { Length: > MaxIdLength } || press.BookingCode is { Length: > MaxIdLength })
            return Results.Problem(title: "Press id or booking code too long", statusCode: StatusCodes.Status400BadRequest);
        var pressId = string.IsNullOrWhiteSpace(press.PressId) ? Guid.NewGuid().ToString() : press.PressId;
        return Results.Ok(await ticketPress.PressAsync(pressId, press.LineId, press.BookingCode));
    }
}
