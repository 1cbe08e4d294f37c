namespace Frontdesk.Grains.Queue;

/// <summary>What a ticket request and a desk's call must carry, and the class a ticket is issued in.</summary>
internal static class QueueRequestRules
{
    public static readonly PriorityClass Regular = new(PriorityClass.Regular, "Regular", 0);

    public static void Check(TicketRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new Problems();
        OperationId(problems, request.OperationId);
        if (!Enum.IsDefined(request.Source)) problems.Add("source", $"'{request.Source}' is not kiosk, reception or online");
        problems.MaxLength("kioskId", request.KioskId, 64);
        problems.MaxLength("priority", request.PriorityClassId, 64);
        problems.ThrowIfAny("invalid-ticket-request", "ticket request");
    }

    public static void Check(DeskCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var problems = new Problems();
        OperationId(problems, call.OperationId);
        problems.Text("deskId", call.DeskId, 64);
        problems.Text("deskLabel", call.DeskLabel, 20);
        problems.ThrowIfAny("invalid-desk-call", "call");
    }

    /// <summary>The class asked for; else booked for a ticket with a booking, when the line has that class; else regular.</summary>
    public static PriorityClass Priority(QueueLine line, TicketRequest request)
    {
        if (request.PriorityClassId is null or PriorityClass.Regular)
            return request.PriorityClassId is null && request.Booking is not null && Find(line, PriorityClass.Booked) is { } booked ? booked : Regular;
        return Find(line, request.PriorityClassId) ?? throw CommandRejectedException.Invalid("unknown-priority",
            $"Line '{line.Id}' has no priority class '{request.PriorityClassId}'; it has {string.Join(", ", line.Priorities.Select(p => p.Id).Prepend(PriorityClass.Regular))}.",
            new Dictionary<string, object?> { ["priority"] = request.PriorityClassId });
    }

    private static PriorityClass? Find(QueueLine line, string id) => line.Priorities.FirstOrDefault(p => p.Id == id);

    private static void OperationId(Problems problems, string? operationId)
    {
        if (string.IsNullOrWhiteSpace(operationId) || operationId.Length > 200) problems.Add("operationId", "must be 1 to 200 characters (the Idempotency-Key)");
    }
}
