namespace Frontdesk.Grains.Bookings;

/// <summary>How much of the specialist's time a visit takes around its start: preparation, the services, clean-up.</summary>
internal readonly record struct VisitShape(int BeforeMinutes, int Minutes, int AfterMinutes);
