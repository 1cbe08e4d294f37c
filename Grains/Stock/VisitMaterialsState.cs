namespace Frontdesk.Grains.Stock;

public sealed class VisitMaterialsState : IJournaledState<VisitMaterialsEvent>
{
    public VisitMaterialsRecord? Record { get; set; }

    public void Apply(VisitMaterialsEvent @event)
    {
        if (@event is VisitMaterialsConsumed e) Record = e.Record;
    }
}
