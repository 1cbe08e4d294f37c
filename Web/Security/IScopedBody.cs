namespace Frontdesk.Web.Security;

/// <summary>A request body that names whose data it changes (a new booking: its branch, specialist and client).</summary>
public interface IScopedBody
{
    ResourceOwner Owner { get; }
}
