using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Settlements;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(SettlementStarted), "started")]
[JsonDerivedType(typeof(SettlementStepDone), "step-done")]
[JsonDerivedType(typeof(SettlementCompleted), "settled")]
[JsonDerivedType(typeof(SettlementFailed), "failed")]
[JsonDerivedType(typeof(VoidStarted), "void-started")]
[JsonDerivedType(typeof(VoidStepDone), "void-step-done")]
[JsonDerivedType(typeof(SettlementVoided), "voided")]
[JsonDerivedType(typeof(ReprintLogged), "reprint-logged")]
public abstract record SettlementEvent;
