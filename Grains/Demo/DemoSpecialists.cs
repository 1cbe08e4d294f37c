using Frontdesk.Grains.Catalog;
using static Frontdesk.Grains.Demo.DemoBranches;

namespace Frontdesk.Grains.Demo;

/// <summary>A dozen specialists; Dmitry Kuznetsov works on Tverskaya and on Arbat on different weekdays.</summary>
public static class DemoSpecialists
{
    public const string ElenaSmirnova = "elena-smirnova";
    public const string DmitryKuznetsov = "dmitry-kuznetsov";
    public const string OlgaPopova = "olga-popova";
    public const string MarinaVolkova = "marina-volkova";
    public const string AnastasiaSokolova = "anastasia-sokolova";
    public const string IrinaLebedeva = "irina-lebedeva";
    public const string SergeyMorozov = "sergey-morozov";
    public const string TatianaNovikova = "tatiana-novikova";
    public const string AlexeyFedorov = "alexey-fedorov";
    public const string NataliaPavlova = "natalia-pavlova";
    public const string YuliaEgorova = "yulia-egorova";
    public const string PavelOrlov = "pavel-orlov";

    public static readonly IReadOnlyList<Specialist> All =
    [
        new(ElenaSmirnova, 1, "Elena Smirnova", "Massage therapist", [Tverskaya], ["massage", "spa"],
            ["massage-classic", "massage-back", "massage-lymph", "massage-anticellulite", "spa-stone", "spa-wrap", "spa-scrub"]),
        new(DmitryKuznetsov, 2, "Dmitry Kuznetsov", "Sports massage therapist", [Tverskaya, Arbat], ["massage"],
            ["massage-classic", "massage-back", "massage-sport", "massage-anticellulite", "massage-kids"]),
        new(OlgaPopova, 3, "Olga Popova", "Cosmetologist, MD", [Tverskaya], ["cosmetology"],
            ["cosm-consult", "cosm-cleansing", "cosm-peel", "cosm-botox", "cosm-biorevital"]),
        new(MarinaVolkova, 4, "Marina Volkova", "Laser cosmetologist", [Tverskaya], ["cosmetology"],
            ["cosm-consult", "cosm-laser-hair", "cosm-laser-resurfacing"]),
        new(AnastasiaSokolova, 5, "Anastasia Sokolova", "Hair stylist", [Tverskaya], ["salon"],
            ["salon-haircut-women", "salon-haircut-men", "salon-colour", "salon-styling", "salon-brows"]),
        new(IrinaLebedeva, 6, "Irina Lebedeva", "Nail technician", [Arbat], ["salon"], ["salon-manicure", "salon-pedicure", "salon-brows"]),
        new(SergeyMorozov, 7, "Sergey Morozov", "Dentist", [Arbat], ["dentistry"], ["dent-checkup", "dent-filling", "dent-extraction", "dent-kids"]),
        new(TatianaNovikova, 8, "Tatiana Novikova", "Dental hygienist", [Arbat], ["dentistry"],
            ["dent-checkup", "dent-cleaning", "dent-whitening", "dent-kids"]),
        new(AlexeyFedorov, 9, "Alexey Fedorov", "Dentist", [Yekaterinburg], ["dentistry"],
            ["dent-checkup", "dent-cleaning", "dent-filling", "dent-extraction", "dent-whitening"]),
        new(NataliaPavlova, 10, "Natalia Pavlova", "Cosmetologist", [Yekaterinburg], ["cosmetology"],
            ["cosm-consult", "cosm-cleansing", "cosm-peel", "cosm-botox", "cosm-biorevital", "cosm-laser-hair"]),
        new(YuliaEgorova, 11, "Yulia Egorova", "Spa therapist", [Yekaterinburg], ["spa", "massage"],
            ["spa-stone", "spa-wrap", "spa-scrub", "spa-ritual", "massage-classic", "massage-lymph", "massage-kids"]),
        new(PavelOrlov, 12, "Pavel Orlov", "Senior hair stylist", [Arbat], ["salon"],
            ["salon-haircut-women", "salon-haircut-men", "salon-colour", "salon-styling"]),
    ];
}
