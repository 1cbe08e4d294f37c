using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Queue;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(TicketIssued), "ticket-issued")]
[JsonDerivedType(typeof(TicketCalled), "ticket-called")]
[JsonDerivedType(typeof(TicketRecalled), "ticket-recalled")]
[JsonDerivedType(typeof(TicketServed), "ticket-served")]
[JsonDerivedType(typeof(TicketMarkedNoShow), "ticket-no-show")]
[JsonDerivedType(typeof(TicketTransferredIn), "ticket-transferred-in")]
[JsonDerivedType(typeof(TicketTransferredOut), "ticket-transferred-out")]
public abstract record QueueCounterEvent;
