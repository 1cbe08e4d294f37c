using Frontdesk.Grains.Security;

namespace Frontdesk.Web.Security;

public sealed record StaffAccountBody(string DisplayName, StaffRole Role, IReadOnlyList<string>? Branches, string Password,
    string? SpecialistId = null, string? ClientId = null) : IScopedBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public ResourceOwner Owner => new(Branches ?? []);
}
