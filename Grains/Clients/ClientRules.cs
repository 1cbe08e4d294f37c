using System.Text.RegularExpressions;

namespace Frontdesk.Grains.Clients;

/// <summary>What a client card must be: the directory tidies what reception typed; the grains guard against any other caller.</summary>
internal static partial class ClientRules
{
    private const string InvalidClient = "invalid-client";

    // The shape of an address, not its existence: only a sent letter proves that.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex EmailPattern();

    /// <summary>The client with the name's spaces tidied, the phone in E.164 and blanks as nulls; or refused naming each wrong field.</summary>
    public static NewClient Tidy(NewClient client, string phoneRegion, DateOnly today)
    {
        var problems = new Problems();
        var name = client.Name is null ? null : ClientSearchText.Tidy(client.Name);
        problems.Text("name", name, 200);
        var phone = Blank(client.Phone) is { } typed ? ClientPhones.ToE164(typed, phoneRegion) : null;
        if (Blank(client.Phone) is null)
        {
            // Without a phone "find or register" could only register, and every retry would make a twin.
            if (client.OwnerId is null) problems.Add("phone", "is required (only a dependent may go without one)");
        }
        else if (phone is null) problems.Add("phone", $"'{client.Phone}' is not a phone number of {phoneRegion} nor one with a country code");
        var email = Blank(client.Email);
        if (email is not null && (email.Length > 254 || !EmailPattern().IsMatch(email))) problems.Add("email", $"'{email}' is not an e-mail address");
        if (client.Birthday is { } birthday && (birthday > today || birthday.Year < 1900)) problems.Add("birthday", "must be a date between 1900 and today");
        problems.MaxLength("foundUsBy", client.FoundUsBy, 200);
        problems.MaxLength("notes", client.Notes, 2000);
        OwnerId(problems, client.OwnerId);
        problems.ThrowIfAny(InvalidClient, "client");
        return new NewClient(name!, phone, email, client.Birthday, Blank(client.FoundUsBy), Blank(client.Notes), client.OwnerId);
    }

    public static void CheckTidy(string clientId, NewClient client)
    {
        var problems = new Problems();
        if (!ClientIds.IsWellFormed(clientId)) problems.Add("id", $"'{clientId}' is not a client id");
        problems.Text("name", client.Name, 200);
        if (client.Phone is not null && !ClientPhones.IsE164(client.Phone)) problems.Add("phone", "must be in E.164 (+79161234567)");
        OwnerId(problems, client.OwnerId);
        problems.ThrowIfAny(InvalidClient, "client");
    }

    public static void CheckClaim(string phone, string clientId)
    {
        var problems = new Problems();
        if (!ClientPhones.IsE164(phone)) problems.Add("phone", $"'{phone}' is not in E.164 (+79161234567)");
        if (!ClientIds.IsWellFormed(clientId)) problems.Add("clientId", $"'{clientId}' is not a client id");
        problems.ThrowIfAny("invalid-phone-claim", "phone claim");
    }

    private static void OwnerId(Problems problems, string? ownerId)
    {
        if (ownerId is not null && !ClientIds.IsWellFormed(ownerId)) problems.Add("ownerId", $"'{ownerId}' is not a client id (cl- and 12 letters or digits)");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
