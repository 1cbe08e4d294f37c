using System.Text.Json.Serialization;

namespace Frontdesk.Grains.CashDesk;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(ShiftOpened), "shift-opened")]
[JsonDerivedType(typeof(ShiftClosed), "shift-closed")]
[JsonDerivedType(typeof(TakingsRecorded), "takings-recorded")]
[JsonDerivedType(typeof(DayClosed), "day-closed")]
public abstract record DeskDayEvent;
