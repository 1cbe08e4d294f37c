using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Scheduling;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(AssignmentAdded), "assignment-added")]
[JsonDerivedType(typeof(ExceptionSet), "exception-set")]
public abstract record ScheduleEvent;
