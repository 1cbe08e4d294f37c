using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Queue;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(QueueLineUpserted), "queue-line-upserted")]
[JsonDerivedType(typeof(QueueDeskUpserted), "queue-desk-upserted")]
[JsonDerivedType(typeof(QueueDeskPaused), "queue-desk-paused")]
[JsonDerivedType(typeof(NoShowRuleSet), "no-show-rule-set")]
public abstract record QueueSetupEvent;
