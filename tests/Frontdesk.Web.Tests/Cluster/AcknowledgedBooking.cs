namespace Frontdesk.Web.Tests.Cluster;

/// <summary>A booking a node answered 201 for: the engine said it is stored, so it must be there afterwards.</summary>
public sealed record AcknowledgedBooking(string Number, BookingTarget Day, string Start);
