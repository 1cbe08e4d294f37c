using Frontdesk.Grains.Clients;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// Twenty made-up clients. Russia reserves no phone range for fiction, so they have obviously fake numbers that still
/// validate: +7 900 000-00-01 to -18, in the international format so they read the same in any phone region.
/// </summary>
public static class DemoClients
{
    public static readonly IReadOnlyList<DemoClient> All =
    [
        With(Client("Anna Ivanova", 1, "anna.ivanova@example.com", new(1988, 3, 14), "Instagram"),
            new NewClient("Sofia Ivanova", null, Birthday: new(2019, 6, 2), Notes: "Afraid of the drill: comes with her mother")),
        With(Client("Maria Petrova", 2, "m.petrova@example.com", new(1992, 7, 1), "A friend's recommendation")),
        With(Client("Ekaterina Sidorova", 3, null, new(1979, 11, 30), "Yandex Maps")),
        With(Client("Olga Kozlova", 4, "olga.kozlova@example.com", null, "Walked past")),
        With(Client("Svetlana Nikolaeva", 5, null, new(1965, 2, 8), "2GIS")),
        With(Client("Daria Vasilieva", 6, "daria.v@example.com", new(1996, 9, 17), "Instagram")),
        With(Client("Ksenia Zaitseva", 7, null, null, "A friend's recommendation")),
        With(Client("Polina Belova", 8, "polina.belova@example.com", new(2001, 4, 25), "VK")),
        With(Client("Alina Komarova", 9, null, new(1990, 12, 3), "Gift certificate")),
        With(Client("Victoria Makarova", 10, "vmakarova@example.com", null, "Yandex Maps")),
        With(Client("Ivan Sergeev", 11, null, new(1985, 5, 19), "Walked past")),
        With(Client("Mikhail Andreev", 12, "mikhail.andreev@example.com", new(1983, 8, 11), "A friend's recommendation"),
            new NewClient("Timofey Andreev", null, Birthday: new(2016, 9, 21))),
        With(Client("Nikolai Stepanov", 13, null, new(1958, 1, 27), "2GIS")),
        With(Client("Artem Tikhonov", 14, "artem.t@example.com", null, "VK")),
        With(Client("Roman Kiselev", 15, null, new(1994, 10, 9), "Instagram")),
        With(Client("Andrey Frolov", 16, "a.frolov@example.com", null, "Corporate programme")),
        With(Client("Igor Baranov", 17, null, new(1976, 6, 13), "Yandex Maps")),
        With(Client("Vladimir Krylov", 18, "v.krylov@example.com", new(1969, 3, 2), "Walked past")),
    ];

    /// <summary>The demo phone number <paramref name="n"/> as reception might type it.</summary>
    public static string Phone(int n) => $"+7 900 000-00-{n:00}";

    private static NewClient Client(string name, int phone, string? email, DateOnly? birthday, string foundUsBy) =>
        new(name, Phone(phone), email, birthday, foundUsBy);

    private static DemoClient With(NewClient client, params NewClient[] dependents) => new(client, dependents);
}
