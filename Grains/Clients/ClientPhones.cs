using PhoneNumbers;

namespace Frontdesk.Grains.Clients;

/// <summary>Phones as reception types them ("8 (916) 123-45-67") and as they are kept (E.164, "+79161234567").</summary>
internal static class ClientPhones
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164, read in <paramref name="region"/> when it has no country code; null when it is no real number.</summary>
    public static string? ToE164(string text, string region)
    {
        try
        {
            var number = Numbers.Parse(text, region);
            return Numbers.IsValidNumber(number) ? Numbers.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>Nothing but what people type in a phone number, and a digit at least.</summary>
    public static bool LooksLikePhone(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.');

    public static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    public static bool IsE164(string? phone) =>
        phone is { Length: >= 8 and <= 16 } && phone[0] == '+' && phone[1] != '0' && phone.Skip(1).All(char.IsAsciiDigit);
}
