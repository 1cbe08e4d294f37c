namespace Frontdesk.Grains.Scheduling;

public sealed class ScheduleState : IJournaledState<ScheduleEvent>
{
    /// <summary>In the order they were added: a later one wins on the days it shares with an earlier one.</summary>
    public List<ScheduleAssignment> Assignments { get; set; } = [];

    /// <summary>By "{branch}|{date}".</summary>
    public Dictionary<string, ScheduleException> Exceptions { get; set; } = [];

    public void Apply(ScheduleEvent @event)
    {
        switch (@event)
        {
            case AssignmentAdded e: Assignments.Add(e.Assignment); break;
            case ExceptionSet e: Exceptions[ExceptionKey(e.Exception.BranchId, e.Exception.Date)] = e.Exception; break;
        }
    }

    public static string ExceptionKey(string branchId, DateOnly date) => $"{branchId}|{date:yyyy-MM-dd}";
}
