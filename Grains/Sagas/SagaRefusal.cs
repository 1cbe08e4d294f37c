using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

internal static class SagaRefusal
{
    public static SagaFailed From(CommandRejectedException ex) => new(ex.Code, ex.Message, ex.Kind.ToString());

    /// <summary>A failed saga answers every repeat with the refusal it met.</summary>
    public static CommandRejectedException Again(SagaFailed failure) =>
        new(Enum.TryParse<RejectionKind>(failure.Kind, out var kind) ? kind : RejectionKind.Conflict, failure.Code, failure.Message);

    public static BookingRequest Copy(Booking source, string operationId, TimeOnly start, string? visitId = null) =>
        new(operationId, source.Client, [.. source.Services.Select(s => s.ServiceId)], start, source.Source,
            source.Status == BookingStatus.Confirmed, source.Notes, VisitId: visitId ?? source.VisitId);
}
