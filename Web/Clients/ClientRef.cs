namespace Frontdesk.Web.Clients;

/// <summary>
/// Who a booking is for: <c>{ "id": "cl-…" }</c> for a client with a card, or <c>{ "name", "phone", "email"? }</c> for
/// one reception is typing in, who is found by phone or registered on the spot.
/// </summary>
public sealed record ClientRef(string? Id = null, string? Name = null, string? Phone = null, string? Email = null);
