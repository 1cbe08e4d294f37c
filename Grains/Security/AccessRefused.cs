namespace Frontdesk.Grains.Security;

public sealed record AccessRefused(AccessRefusal Refusal);
