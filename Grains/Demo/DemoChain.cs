using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// "White Lily", a made-up chain of clinics and spas in Russia that a newcomer can click through: two branches in
/// Moscow and one in Yekaterinburg, two hours ahead, so time-zone mistakes show on the first screen.
/// </summary>
public static class DemoChain
{
    public const string Currency = "RUB";

    public static readonly ChainProfile Profile = new("White Lily Clinic & Spa", Currency, "RU", BookingHorizonDays: 365);

    public static readonly IReadOnlyList<Direction> Directions =
    [
        new("massage", "Massage"),
        new("spa", "Spa"),
        new("cosmetology", "Cosmetology"),
        new("salon", "Hair & nails"),
        new("dentistry", "Dentistry"),
    ];

    public static readonly IReadOnlyList<Resource> Resources =
    [
        new("tvr-massage-1", DemoBranches.Tverskaya, DemoServices.MassageRoom, "Massage room 1"),
        new("tvr-massage-2", DemoBranches.Tverskaya, DemoServices.MassageRoom, "Massage room 2"),
        new("tvr-spa", DemoBranches.Tverskaya, DemoServices.SpaRoom, "Spa room with a hydro bath"),
        new("tvr-laser", DemoBranches.Tverskaya, DemoServices.LaserDevice, "Alexandrite laser"),
        new("arb-massage", DemoBranches.Arbat, DemoServices.MassageRoom, "Massage room"),
        new("arb-chair-1", DemoBranches.Arbat, DemoServices.DentalChair, "Dental chair 1"),
        new("arb-chair-2", DemoBranches.Arbat, DemoServices.DentalChair, "Dental chair 2"),
        new("ekb-massage", DemoBranches.Yekaterinburg, DemoServices.MassageRoom, "Massage room"),
        new("ekb-spa", DemoBranches.Yekaterinburg, DemoServices.SpaRoom, "Spa room"),
        new("ekb-laser", DemoBranches.Yekaterinburg, DemoServices.LaserDevice, "Diode laser"),
        new("ekb-chair", DemoBranches.Yekaterinburg, DemoServices.DentalChair, "Dental chair"),
    ];
}
