using System.Globalization;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>Request bodies as a front end writes them: ids, "yyyy-MM-dd" dates and "HH:mm" times.</summary>
public static class Bodies
{
    public static object Booking(string branchId, string specialistId, DateOnly date, string start, string[] serviceIds, object client, bool confirmed = false) =>
        new { branchId, specialistId, date = Date(date), start, serviceIds, client, confirmed };

    public static object ClientById(string id) => new { id };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
