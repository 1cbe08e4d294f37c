using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Wallets;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(WalletEntryPosted), "entry-posted")]
[JsonDerivedType(typeof(CreditLimitSet), "credit-limit-set")]
[JsonDerivedType(typeof(LevelSet), "level-set")]
[JsonDerivedType(typeof(PackSold), "pack-sold")]
[JsonDerivedType(typeof(PackSessionUsed), "pack-session-used")]
[JsonDerivedType(typeof(PackSessionReturned), "pack-session-returned")]
public abstract record WalletEvent;
