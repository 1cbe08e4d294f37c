namespace Frontdesk.Grains.Queue;

/// <summary>A branch's queue set-up as the fold of its events. Lists keep the order things were first set up in: the screens' order.</summary>
public sealed class QueueSetupState : IJournaledState<QueueSetupEvent>
{
    public const int DefaultRecallsBeforeNoShow = 2;

    public List<QueueLine> Lines { get; set; } = [];
    public List<QueueDesk> Desks { get; set; } = [];
    public int RecallsBeforeNoShow { get; set; } = DefaultRecallsBeforeNoShow;

    public void Apply(QueueSetupEvent @event)
    {
        switch (@event)
        {
            case QueueLineUpserted e: Upsert(Lines, e.Line, l => l.Id == e.Line.Id); break;
            case QueueDeskUpserted e: Upsert(Desks, e.Desk, d => d.Id == e.Desk.Id); break;
            case QueueDeskPaused e:
                var at = Desks.FindIndex(d => d.Id == e.DeskId);
                if (at >= 0) Desks[at] = Desks[at] with { Paused = e.Paused };
                break;
            case NoShowRuleSet e: RecallsBeforeNoShow = e.RecallsBeforeNoShow; break;
        }
    }

    private static void Upsert<T>(List<T> list, T item, Predicate<T> same)
    {
        var at = list.FindIndex(same);
        if (at >= 0) list[at] = item;
        else list.Add(item);
    }
}
