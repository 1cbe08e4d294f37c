namespace Frontdesk.Grains.Clients;

/// <summary>
/// The "clients" index key: the name folded to lower case with single spaces, then the phones in E.164, so a
/// "contains" query finds a client by any part of the name or any run of a phone's digits.
/// </summary>
internal static class ClientSearchText
{
    public static string KeyOf(ClientCard card) => string.Join(' ', [Fold(card.Name), .. card.Phones]);

    public static string Fold(string text) => Tidy(text).ToLowerInvariant();

    public static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
