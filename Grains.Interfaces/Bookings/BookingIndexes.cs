namespace Frontdesk.Grains.Bookings;

/// <summary>Names of the indexes the specialist-days keep with their commits.</summary>
public static class BookingIndexes
{
    /// <summary>Entry per specialist-day that ever had a booking; key "{specialistId}|{yyyy-MM-dd}"; data <see cref="SpecialistDayDigest"/>.</summary>
    public const string SpecialistDays = "specialist-days";
}
