using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Demo;

/// <summary>Thirty services with the durations, buffers and Moscow prices a real clinic-and-spa menu has.</summary>
public static class DemoServices
{
    public const string MassageRoom = "massage-room";
    public const string SpaRoom = "spa-room";
    public const string LaserDevice = "laser-device";
    public const string DentalChair = "dental-chair";

    public static readonly IReadOnlyList<Service> All =
    [
        New("massage-classic", "Classic full-body massage", "massage", 60, 5, 10, 4_500, MassageRoom),
        New("massage-back", "Back and neck massage", "massage", 30, 5, 10, 2_200, MassageRoom),
        New("massage-lymph", "Lymphatic drainage massage", "massage", 60, 5, 10, 5_000, MassageRoom),
        New("massage-sport", "Sports massage", "massage", 90, 5, 15, 6_500, MassageRoom),
        New("massage-anticellulite", "Anti-cellulite massage", "massage", 45, 5, 10, 3_800, MassageRoom),
        New("massage-kids", "Children's massage", "massage", 30, 5, 10, 1_900, MassageRoom),
        New("spa-stone", "Hot stone therapy", "spa", 75, 10, 15, 6_800, SpaRoom),
        New("spa-wrap", "Seaweed body wrap", "spa", 60, 10, 20, 4_900, SpaRoom),
        New("spa-scrub", "Salt body scrub", "spa", 45, 10, 15, 3_500, SpaRoom),
        New("spa-ritual", "Siberian cedar spa ritual", "spa", 120, 15, 20, 12_000, SpaRoom),
        New("cosm-consult", "Cosmetologist consultation", "cosmetology", 30, 0, 5, 1_500),
        New("cosm-cleansing", "Combined facial cleansing", "cosmetology", 90, 5, 15, 5_500),
        New("cosm-peel", "Chemical peel", "cosmetology", 45, 5, 10, 4_200),
        New("cosm-botox", "Botulinum therapy, one zone", "cosmetology", 30, 5, 10, 7_500),
        New("cosm-biorevital", "Biorevitalisation", "cosmetology", 45, 5, 10, 11_000),
        New("cosm-laser-hair", "Laser hair removal, one zone", "cosmetology", 30, 5, 10, 3_000, LaserDevice),
        New("cosm-laser-resurfacing", "Fractional laser resurfacing", "cosmetology", 60, 10, 15, 14_000, LaserDevice),
        New("salon-haircut-women", "Women's haircut", "salon", 60, 0, 10, 2_800),
        New("salon-haircut-men", "Men's haircut", "salon", 45, 0, 10, 1_800),
        New("salon-colour", "Hair colouring, one tone", "salon", 120, 0, 15, 6_500),
        New("salon-styling", "Blow-dry and styling", "salon", 45, 0, 5, 2_000),
        New("salon-manicure", "Manicure with gel polish", "salon", 90, 0, 10, 2_600),
        New("salon-pedicure", "Pedicure with gel polish", "salon", 90, 0, 10, 3_200),
        New("salon-brows", "Eyebrow shaping and tint", "salon", 30, 0, 5, 1_400),
        New("dent-checkup", "Dental check-up", "dentistry", 30, 5, 10, 1_200, DentalChair),
        New("dent-cleaning", "Professional teeth cleaning (Air Flow)", "dentistry", 60, 5, 15, 6_000, DentalChair),
        New("dent-filling", "Composite filling", "dentistry", 60, 5, 15, 7_500, DentalChair),
        New("dent-extraction", "Simple tooth extraction", "dentistry", 45, 10, 15, 4_500, DentalChair),
        New("dent-whitening", "Teeth whitening", "dentistry", 90, 10, 15, 18_000, DentalChair),
        New("dent-kids", "A child's first dental visit", "dentistry", 30, 5, 10, 1_500, DentalChair),
    ];

    // Menus are priced in whole roubles; the catalog keeps kopecks.
    private static Service New(string id, string name, string direction, int minutes, int before, int after, long roubles, string? resource = null) =>
        new(id, name, direction, minutes, before, after, new Money(roubles * 100, DemoChain.Currency), resource);
}
