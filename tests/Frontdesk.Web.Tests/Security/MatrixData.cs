using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Security;

/// <summary>Real ids of the demo chain at one branch, found through the API as the owner: what a matrix call names.</summary>
public sealed record MatrixData(string BranchId, string BookingNumber, string QrPayload, string ClientId, string SpecialistId, string ServiceId,
    string TicketId, string WaitlistEntryId)
{
    /// <summary>A new client booked at this branch only (the demo's clients visit several), and a ticket issued there today.</summary>
    public static async Task<MatrixData> OfAsync(ApiClient owner, string branchId, int phone)
    {
        var catalog = await owner.GetJsonAsync("/api/catalog");
        var specialists = catalog.GetProperty("specialists").EnumerateArray()
            .Where(s => s.GetProperty("branchIds").EnumerateArray().Select(b => b.GetString()).SequenceEqual([branchId])).ToList();
        var date = Bodies.Date(DemoApi.Today.AddDays(7));
        foreach (var specialist in specialists)
        {
            var id = specialist.GetProperty("id").GetString()!;
            foreach (var service in specialist.GetProperty("serviceIds").EnumerateArray().Select(s => s.GetString()!))
            {
                var starts = await owner.GetJsonAsync($"/api/days/{branchId}/{id}/{date}/free-starts?services={service}");
                if (starts.GetProperty("starts").GetArrayLength() == 0) continue;
                var start = starts.GetProperty("starts")[0].GetString();
                using var booked = await owner.PostAsync("/api/bookings", new
                {
                    branchId, specialistId = id, date, start, serviceIds = new[] { service },
                    client = new { name = $"Matrix Client {branchId}", phone = $"+7 901 555-00-{phone:00}" },
                });
                var booking = await ApiClient.JsonOf(booked, 201);
                using var issued = await owner.PostAsync($"/api/queue/branches/{branchId}/lines/{DemoQueues.Reception}/tickets", new { source = "reception" });
                var ticket = (await ApiClient.JsonOf(issued, 201)).GetProperty("ticketId").GetString()!;
                var clientId = booking.GetProperty("client").GetProperty("clientId").GetString()!;
                using var waiting = await owner.PostAsync("/api/waitlist", new { client = new { id = clientId }, serviceId = service, from = date, to = date, branchId });
                var entry = (await ApiClient.JsonOf(waiting, 201)).GetProperty("id").GetString()!;
                return new MatrixData(branchId, booking.GetProperty("number").GetString()!, booking.GetProperty("qrPayload").GetString()!, clientId, id, service,
                    ticket, entry);
            }
        }
        throw new InvalidOperationException($"No free start at {branchId} on {date}");
    }

    /// <summary>The address with each route parameter filled from this branch's data.</summary>
    public string Fill(string pattern) => Address(pattern) + (pattern switch
    {
        _ when pattern.EndsWith("/free-starts", StringComparison.Ordinal) => $"?services={ServiceId}",
        _ when pattern.EndsWith("/by-code", StringComparison.Ordinal) => $"?payload={Uri.EscapeDataString(QrPayload)}",
        _ => "",
    });

    private string Address(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\*?\*?(\w+)[^}]*\}", m => Uri.EscapeDataString(m.Groups[1].Value switch
    {
        "branchId" => BranchId,
        "number" => BookingNumber,
        "ticketId" => TicketId,
        "specialistId" => SpecialistId,
        "date" => Bodies.Date(DemoApi.Today),
        "lineId" => DemoQueues.Reception,
        "deskId" => "desk-1",
        "kioskId" => "kiosk-1",
        "deviceId" => $"demo-kiosk-{BranchId}",
        "login" => "matrix-new-login",
        "clientId" => ClientId,
        "id" when pattern.StartsWith("/api/clients", StringComparison.Ordinal) => ClientId,
        "id" when pattern.StartsWith("/api/specialists", StringComparison.Ordinal) => SpecialistId,
        "id" when pattern.StartsWith("/api/branches", StringComparison.Ordinal) => BranchId,
        "id" when pattern.StartsWith("/api/waitlist", StringComparison.Ordinal) => WaitlistEntryId,
        "id" => "some-id",
        var other => other,
    }));

    /// <summary>A body that binds, naming this branch (for the endpoints whose body says whose data it is).</summary>
    public object? Body(string method, string pattern)
    {
        var date = Bodies.Date(DemoApi.Today.AddDays(14));
        var client = new { id = ClientId };
        return (method, pattern.TrimEnd('/')) switch
        {
            ("POST", "/api/bookings/{number}/cancel") => new { reason = "matrix" },
            ("POST", "/api/bookings/{number}/revert") => new { entryId = "matrix-entry" },
            ("PUT", "/api/bookings/{number}/notes") => new { notes = "matrix" },
            ("POST", "/api/bookings/{number}/move") => new { start = "12:00" },
            ("POST", "/api/bookings") or ("POST", "/api/holds") => new { branchId = BranchId, specialistId = SpecialistId, date, start = "10:00", serviceIds = new[] { ServiceId }, client },
            ("POST", "/api/visits") => new { client, parts = new[] { new { branchId = BranchId, specialistId = SpecialistId, date, start = "10:00", serviceIds = new[] { ServiceId } } } },
            ("POST", "/api/waitlist") => new { client, serviceId = ServiceId, from = date, to = date, branchId = BranchId },
            ("PUT", "/api/staff/{login}") => new { displayName = "Matrix", role = "Receptionist", branches = new[] { BranchId }, password = "matrix-password" },
            ("POST", "/api/branches/{branchId}/devices") => new { deviceId = "matrix-device", role = "KioskDevice" },
            ("PUT", "/api/clients/{id}") => new { name = "Matrix Client" },
            ("POST", "/api/clients/{id}/phones") => new { phone = "+7 901 555-99-99" },
            ("PUT", "/api/stock/branches/{branchId}/bins/{warehouseId}/{itemId}/threshold") => new { threshold = 1 },
            ("POST", "/api/stock/branches/{branchId}/receipts") => new { warehouseId = "w", itemId = "i", quantity = 1, cost = new { minor = 100, currency = "RUB" }, supplier = "s" },
            ("POST", "/api/stock/branches/{branchId}/sales") => new { warehouseId = "w", itemId = "i", quantity = 1 },
            ("POST", "/api/stock/branches/{branchId}/counts") => new { warehouseId = "w", itemId = "i", counted = 1 },
            ("POST", "/api/stock/branches/{branchId}/transfers") => new { fromWarehouseId = "w", toWarehouseId = "v", itemId = "i", quantity = 1 },
            ("POST", "/api/stock/branches/{branchId}/visits/{visitId}/materials") => new { uses = new[] { new { warehouseId = "w", itemId = "i", quantity = 1 } } },
            ("POST", "/api/clients/{clientId}/wallet/deposits") => new { amount = 100, method = "Cash" },
            ("POST", "/api/clients/{clientId}/wallet/refunds") => new { amount = 100, method = "Cash", reason = "matrix" },
            ("PUT", "/api/clients/{clientId}/wallet/credit-limit") => new { amount = 100 },
            ("PUT", "/api/clients/{clientId}/wallet/level") => new { levelId = "gold" },
            ("POST", "/api/clients/{clientId}/wallet/packs") => new { name = "p", kind = "Sessions", serviceIds = new[] { ServiceId }, sessions = 5, price = 100, paidBy = "Cash", validFrom = date },
            ("POST", "/api/settlements/{number}") or ("POST", "/api/settlements/{number}/preview") =>
                new { deskId = "desk-1", services = new[] { new { serviceId = ServiceId } }, payments = new[] { new { method = "Cash", amount = 100 } } },
            ("POST", "/api/settlements/{number}/void") => new { supervisorId = "s", reason = "matrix" },
            ("POST", "/api/settlements/{number}/reprints") or ("POST", "/api/desks/{branchId}/{deskId}/{date}/close") => new { by = "matrix" },
            ("POST", "/api/desks/{branchId}/{deskId}/{date}/shifts") or ("POST", "/api/desks/{branchId}/{deskId}/{date}/shifts/close") => new { cash = 0 },
            _ when method is "GET" => null,
            _ => new { },
        };
    }
}
