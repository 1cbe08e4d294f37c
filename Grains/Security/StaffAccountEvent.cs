using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Security;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(StaffAccountSetUpDone), "account-set-up")]
[JsonDerivedType(typeof(SignInFailed), "sign-in-failed")]
[JsonDerivedType(typeof(SignInSucceeded), "sign-in-succeeded")]
[JsonDerivedType(typeof(StaffAccountDisabled), "account-disabled")]
public abstract record StaffAccountEvent;
