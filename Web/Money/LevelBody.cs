namespace Frontdesk.Web.Money;

public sealed record LevelBody(string? LevelId);
