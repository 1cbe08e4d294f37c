using System.Text.RegularExpressions;
using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Queue;

/// <summary>What a line, a desk and the no-show rule must be, checked against the rest of the branch's set-up.</summary>
internal static partial class QueueSetupRules
{
    private const string InvalidSetup = "invalid-queue-setup";
    public const int MaxRecalls = 10;

    [GeneratedRegex("^[A-Z]$")]
    private static partial Regex PrefixPattern();

    public static QueueLine Check(QueueLine line, QueueSetupState state)
    {
        var problems = new Problems();
        problems.Id("id", line.Id);
        if (line.Prefix is null || !PrefixPattern().IsMatch(line.Prefix)) problems.Add("prefix", "must be one capital Latin letter, A to Z");
        else if (state.Lines.Any(l => l.Id != line.Id && l.Prefix == line.Prefix)) problems.Add("prefix", $"'{line.Prefix}' is another line's prefix");
        problems.Text("name", line.Name, 100);
        var priorities = line.Priorities ?? [];
        for (var i = 0; i < priorities.Count; i++)
        {
            var p = priorities[i];
            problems.Id($"priorities[{i}].id", p.Id);
            if (p.Id == PriorityClass.Regular) problems.Add($"priorities[{i}].id", "'regular' is the class every line has already");
            problems.Text($"priorities[{i}].name", p.Name, 100);
            if (p.Rank is < 1 or > 9) problems.Add($"priorities[{i}].rank", "must be 1 to 9 (regular is 0)");
        }
        if (priorities.Select(p => p.Id).Distinct().Count() != priorities.Count) problems.Add("priorities", "a class appears twice");
        problems.ThrowIfAny(InvalidSetup, $"line '{line.Id}'");
        return line with { Name = line.Name.Trim(), Priorities = [.. priorities.Select(p => p with { Name = p.Name.Trim() })] };
    }

    public static QueueDesk Check(QueueDesk desk, QueueSetupState state)
    {
        var problems = new Problems();
        problems.Id("id", desk.Id);
        problems.Text("label", desk.Label, 20);
        if (desk.LineIds is not { Count: > 0 }) problems.Add("lineIds", "must name at least one line");
        else
        {
            foreach (var lineId in desk.LineIds.Where(id => state.Lines.All(l => l.Id != id))) problems.Add("lineIds", $"there is no line '{lineId}'");
            if (desk.LineIds.Distinct().Count() != desk.LineIds.Count) problems.Add("lineIds", "a line appears twice");
        }
        problems.ThrowIfAny(InvalidSetup, $"desk '{desk.Id}'");
        return desk with { Label = desk.Label.Trim() };
    }

    public static void CheckRecalls(int recalls)
    {
        if (recalls is < 0 or > MaxRecalls)
            throw CommandRejectedException.Invalid(InvalidSetup, $"A ticket is recalled 0 to {MaxRecalls} times before it may be a no-show, not {recalls}.",
                new Dictionary<string, object?> { ["recallsBeforeNoShow"] = "must be 0 to 10" });
    }
}
