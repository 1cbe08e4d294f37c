namespace Frontdesk.Web.Realtime;

/// <summary>One thing a topic shows (a specialist's day, a queue line), at a grain version.</summary>
public sealed record TopicItem(string Key, long Version, object? Data);
