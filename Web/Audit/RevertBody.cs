namespace Frontdesk.Web.Audit;

/// <param name="EntryId">The audit entry (from the booking's history) whose change is to be undone.</param>
public sealed record RevertBody(string EntryId);
