namespace Frontdesk.Grains.Clients;

/// <summary>Names of the indexes kept with the grains' commits, for whoever queries them.</summary>
public static class ClientIndexes
{
    /// <summary>Entry per client; key: lower-case name and phones, for "contains" search; data: <see cref="ClientCard"/>.</summary>
    public const string Clients = "clients";

    /// <summary>Entry per dependent; key: "{ownerId}|{folded name}"; data: <see cref="ClientCard"/>.</summary>
    public const string Dependents = "client-dependents";

    /// <summary>Entry per booking; key: "{clientId}|{start UTC, ISO}"; data: the booking summary.</summary>
    public const string BookingsByClient = "bookings-by-client";
}
