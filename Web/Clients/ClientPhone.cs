namespace Frontdesk.Web.Clients;

/// <summary>A phone to add to a card, in any format reception types it.</summary>
public sealed record ClientPhone(string Phone);
