namespace Frontdesk.Web.Security;

/// <summary>
/// Whose a thing is, as far as access goes: the branches it is at, and the specialist and client it belongs to.
/// </summary>
/// <param name="AnyBranch">True when being at one of <paramref name="Branches"/> is enough (a client who visits several branches).</param>
/// <param name="ClientBound">
/// The thing is a client's (a booking, a card, a body booking someone): an online client may touch it only if it is
/// theirs, and a body naming a client by name rather than by id is not theirs. Branch data that is no one's (free
/// slots) is not client-bound.
/// </param>
public sealed record ResourceOwner(IReadOnlyList<string> Branches, string? SpecialistId = null, string? ClientId = null, bool AnyBranch = false,
    bool ClientBound = false)
{
    public static readonly ResourceOwner Chain = new([]);

    public static ResourceOwner Branch(string branchId, string? specialistId = null) => new([branchId], specialistId);

    /// <summary>A client's thing at a branch: a booking, or a body booking a client there.</summary>
    public static ResourceOwner Clients(string branchId, string? specialistId, string? clientId) => new([branchId], specialistId, clientId, ClientBound: true);

    /// <summary>Null when the caller may touch it; else why not.</summary>
    public string? Refusal(SignedInCaller caller)
    {
        // Chain-wide and nobody's in particular (the catalog, who am I): the permission was enough.
        if (Branches.Count == 0 && SpecialistId is null && !ClientBound) return null;
        if (!caller.AllBranches && Branches.Count > 0)
        {
            var inBranch = AnyBranch ? Branches.Any(caller.WorksIn) : Branches.All(caller.WorksIn);
            if (!inBranch) return $"{caller.Login} does not work at {string.Join(", ", Branches)}";
        }
        if (caller.Role == Grains.Security.StaffRole.Specialist && SpecialistId != caller.SpecialistId)
            return $"{caller.Login} sees only their own days";
        if (caller.Role == Grains.Security.StaffRole.OnlineClient && ClientBound && ClientId != caller.ClientId)
            return $"{caller.Login} sees only their own bookings";
        return null;
    }
}
