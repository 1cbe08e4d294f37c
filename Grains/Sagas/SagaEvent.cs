using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Sagas;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(MoveStarted), "started")]
[JsonDerivedType(typeof(MoveTargetPlaced), "target-placed")]
[JsonDerivedType(typeof(MoveSourceReleased), "source-released")]
[JsonDerivedType(typeof(MoveCompleted), "completed")]
[JsonDerivedType(typeof(SagaFailed), "failed")]
[JsonDerivedType(typeof(VisitBookingStarted), "visit-started")]
[JsonDerivedType(typeof(VisitPartPlaced), "visit-part-placed")]
[JsonDerivedType(typeof(VisitBookingCompleted), "visit-completed")]
/// <summary>The events of every saga; each saga's state folds its own.</summary>
public abstract record SagaEvent;
