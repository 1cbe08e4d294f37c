using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Sagas;
using Frontdesk.Silo;
using Frontdesk.Web.Clients;
using Frontdesk.Web.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Bookings;

/// <summary>
/// Booking, holding, finding by number or QR code, the status steps, cancelling, notes, moves and visits with several
/// specialists. The Idempotency-Key is passed on as the domain's operation id, so a repeat books nothing twice.
/// </summary>
internal static class BookingEndpoints
{
    public static RouteGroupBuilder MapBookingEndpoints(this RouteGroupBuilder api)
    {
        var bookings = api.MapGroup("/bookings").WithTags("Bookings");
        bookings.MapPost("", BookAsync).RequirePermission(Permission.BookingWrite, BranchScope.Body);
        api.MapPost("/holds", HoldAsync).WithTags("Bookings").RequirePermission(Permission.BookingWrite, BranchScope.Body);
        api.MapPost("/visits", BookVisitAsync).WithTags("Bookings").RequirePermission(Permission.BookingWrite, BranchScope.Body);
        bookings.MapGet("/by-code", async (string payload, BookingLocator locator) => TypedResults.Ok((await locator.FindByCodeAsync(payload)).Booking))
            .RequirePermission(Permission.BookingRead, BranchScope.BookingCode());
        bookings.MapGet("/{number}", async (string number, BookingLocator locator) => TypedResults.Ok((await locator.FindAsync(number)).Booking))
            .RequirePermission(Permission.BookingRead, BranchScope.Booking());
        bookings.MapPost("/{number}/confirm", (string number, BookingLocator locator, IGrainFactory grains) =>
            OnBookingAsync(number, locator, grains, (day, id) => day.ConfirmAsync(id))).RequirePermission(Permission.BookingWrite, BranchScope.Booking());
        bookings.MapPost("/{number}/check-in", (string number, BookingLocator locator, IGrainFactory grains) =>
            OnBookingAsync(number, locator, grains, (day, id) => day.CheckInAsync(id))).RequirePermission(Permission.BookingWrite, BranchScope.Booking());
        bookings.MapPost("/{number}/start", (string number, BookingLocator locator, IGrainFactory grains) =>
            OnBookingAsync(number, locator, grains, (day, id) => day.StartVisitAsync(id))).RequirePermission(Permission.VisitProgress, BranchScope.Booking());
        bookings.MapPost("/{number}/complete", (string number, BookingLocator locator, IGrainFactory grains) =>
            OnBookingAsync(number, locator, grains, (day, id) => day.CompleteVisitAsync(id))).RequirePermission(Permission.VisitProgress, BranchScope.Booking());
        bookings.MapPost("/{number}/no-show", (string number, BookingLocator locator, IGrainFactory grains) =>
            OnBookingAsync(number, locator, grains, (day, id) => day.MarkNoShowAsync(id))).RequirePermission(Permission.BookingWrite, BranchScope.Booking());
        bookings.MapPost("/{number}/cancel", (string number, Cancellation body, BookingLocator locator, IGrainFactory grains) =>
            OnBookingAsync(number, locator, grains, (day, id) => day.CancelAsync(id, body.Reason))).RequirePermission(Permission.BookingWrite, BranchScope.Booking());
        bookings.MapPut("/{number}/notes", (string number, BookingNotes body, BookingLocator locator, IGrainFactory grains) =>
            OnBookingAsync(number, locator, grains, (day, id) => day.EditNotesAsync(id, string.IsNullOrEmpty(body.Notes) ? null : body.Notes))).RequirePermission(Permission.BookingWrite, BranchScope.Booking());
        bookings.MapPost("/{number}/move", MoveAsync).RequirePermission(Permission.BookingWrite, BranchScope.Booking());
        return api;
    }

    private static async Task<Created<Booking>> BookAsync(NewBooking body, IdempotencyKey key, ClientDirectory clients, IGrainFactory grains)
    {
        var client = await clients.ResolveAsync(body.Client);
        var booking = await Day(grains, body.BranchId, body.SpecialistId, body.Date).BookAsync(
            new BookingRequest(key.Value, client, body.ServiceIds, body.Start, body.Source, body.Confirmed, body.Notes, body.HoldId));
        return TypedResults.Created(Address(booking), booking);
    }

    private static async Task<Created<Booking>> HoldAsync(NewHold body, IdempotencyKey key, ClientDirectory clients, IGrainFactory grains)
    {
        var client = await clients.ResolveAsync(body.Client);
        var hold = await Day(grains, body.BranchId, body.SpecialistId, body.Date).HoldAsync(
            new BookingRequest(key.Value, client, body.ServiceIds, body.Start, body.Source, Notes: body.Notes), TimeSpan.FromMinutes(body.HoldMinutes));
        return TypedResults.Created(Address(hold), hold);
    }

    private static async Task<Created<IReadOnlyList<Booking>>> BookVisitAsync(NewVisit body, IdempotencyKey key, ClientDirectory clients, IGrainFactory grains)
    {
        var client = await clients.ResolveAsync(body.Client);
        var parts = body.Parts.Select(p => new VisitPart(new SpecialistDayKey(p.BranchId, p.SpecialistId, p.Date).ToString(), p.ServiceIds, p.Start)).ToList();
        var booked = await grains.GetGrain<IVisitBookingSaga>(key.Value).RunAsync(new VisitRequest(client, parts, body.Source, body.Confirmed, body.Notes));
        return TypedResults.Created(booked.Count > 0 ? Address(booked[0]) : null, booked);
    }

    private static async Task<Ok<Booking>> MoveAsync(string number, BookingMove body, IdempotencyKey key, BookingLocator locator, IGrainFactory grains)
    {
        var (from, booking) = await locator.FindAsync(number);
        var to = new SpecialistDayKey(body.BranchId ?? from.BranchId, body.SpecialistId ?? from.SpecialistId, body.Date ?? from.Date);
        if (to == from) return TypedResults.Ok(await grains.GetGrain<ISpecialistDayGrain>(from.ToString()).MoveWithinDayAsync(booking.Id, body.Start));
        var moved = await grains.GetGrain<IBookingMoveSaga>(key.Value).RunAsync(new MoveRequest(from.ToString(), booking.Id, to.ToString(), body.Start));
        return TypedResults.Ok(moved);
    }

    private static async Task<Ok<Booking>> OnBookingAsync(string number, BookingLocator locator, IGrainFactory grains,
        Func<ISpecialistDayGrain, string, Task<Booking>> command)
    {
        var (day, booking) = await locator.FindAsync(number);
        return TypedResults.Ok(await command(grains.GetGrain<ISpecialistDayGrain>(day.ToString()), booking.Id));
    }

    private static ISpecialistDayGrain Day(IGrainFactory grains, string branchId, string specialistId, DateOnly date) =>
        grains.GetGrain<ISpecialistDayGrain>(new SpecialistDayKey(branchId, specialistId, date).ToString());

    public static string Address(Booking booking) => $"/api/bookings/{Uri.EscapeDataString(booking.Number)}";
}
