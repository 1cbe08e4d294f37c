namespace Frontdesk.Grains.Settlements;

public enum LineKind
{
    Service,
    Product,
}
