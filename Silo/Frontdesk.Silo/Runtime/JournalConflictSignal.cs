namespace Frontdesk.Silo.Runtime;

/// <summary>Raised inside a turn by <c>ConfirmEvents</c> when another node appended first: the activation reloads and re-runs the batch.</summary>
internal sealed class JournalConflictSignal() : Exception("Another activation appended to this grain first.");
