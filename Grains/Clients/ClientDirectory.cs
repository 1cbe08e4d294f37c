using Frontdesk.Grains.Catalog;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Grains.Clients;

/// <summary>
/// The chain's clients as reception meets them: found by phone or name, registered once per phone across every
/// branch and node. Phones are read in the chain's phone region (its catalog profile).
/// </summary>
public sealed class ClientDirectory(IGrainFactory grains, GrainIndex index, TimeProvider time)
{
    public const int MaxSearchResults = 100;

    /// <summary>The client who owns the phone, or a new one. A dependent (an <see cref="NewClient.OwnerId"/>) is found by owner and name.</summary>
    public async Task<ClientCard> FindOrRegisterAsync(NewClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        // A day ahead of UTC: somewhere in the chain's zones it may already be tomorrow, and a newborn's birthday is today there.
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1);
        var tidy = ClientRules.Tidy(client, await PhoneRegionAsync(), today);
        return tidy.OwnerId is null ? await RegisterOwnerAsync(tidy) : await RegisterDependentAsync(tidy);
    }

    /// <summary>Clients whose phone contains the query (when it looks like a phone) or whose name contains it, by name.</summary>
    public async Task<IReadOnlyList<ClientCard>> SearchAsync(string text, int limit = 20)
    {
        var query = text?.Trim() ?? "";
        var problems = new Problems();
        if (query.Length < 2) problems.Add("query", "needs 2 characters at least");
        if (limit is < 1 or > MaxSearchResults) problems.Add("limit", $"must be 1 to {MaxSearchResults}");
        problems.ThrowIfAny("invalid-client-search", "search");
        // A whole number in any format becomes its E.164; a fragment ("45-67") is matched by its digits.
        var contains = ClientPhones.LooksLikePhone(query)
            ? ClientPhones.ToE164(query, await PhoneRegionAsync()) ?? ClientPhones.Digits(query)
            : ClientSearchText.Fold(query);
        var hits = await index.QueryAsync<ClientCard>(new IndexQuery(ClientIndexes.Clients) { KeyContains = contains, Limit = limit });
        return [.. hits.Select(h => h.Data)];
    }

    /// <summary>Edits a card's details, tidied and checked as a new card's are.</summary>
    public async Task<ClientCard> EditAsync(string id, ClientDetails details)
    {
        var card = await GetAsync(id);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1);
        // Checked as a card with its first phone (a dependent may have none), so the rules for a new card hold for an edit too.
        var tidy = ClientRules.Tidy(new NewClient(details.Name, card.Phones.FirstOrDefault(), details.Email, details.Birthday, details.FoundUsBy,
            details.Notes, card.OwnerId), await PhoneRegionAsync(), today);
        var problems = new Problems();
        foreach (var (consent, i) in (details.Consents ?? []).Select((c, i) => (c, i)))
            problems.Text($"consents[{i}].kind", consent.Kind, 50);
        if ((details.Consents ?? []).Select(c => c.Kind).Distinct().Count() != (details.Consents?.Count ?? 0)) problems.Add("consents", "name each kind once");
        problems.ThrowIfAny("invalid-client", "client");
        return await grains.GetGrain<IClientGrain>(id).EditAsync(new ClientDetails(tidy.Name, tidy.Email, tidy.Birthday, tidy.FoundUsBy, tidy.Notes,
            details.Consents));
    }

    /// <summary>Adds a phone to the card; a phone that is another client's is refused, naming them.</summary>
    public async Task<ClientCard> AddPhoneAsync(string id, string phone)
    {
        await GetAsync(id);
        var region = await PhoneRegionAsync();
        var e164 = ClientPhones.ToE164(phone ?? "", region)
            ?? throw CommandRejectedException.Invalid("invalid-client", $"'{phone}' is not a phone number of {region} nor one with a country code.",
                Field("phone", "is no phone number"));
        var owner = await grains.GetGrain<IClientPhoneGrain>(e164).ClaimAsync(id);
        if (owner != id)
            throw CommandRejectedException.Conflict("phone-taken", $"{e164} is the phone of client {owner}.", Field("ownerId", owner));
        return await grains.GetGrain<IClientGrain>(id).AddPhoneAsync(e164);
    }

    /// <summary>The owner's dependents (children, pets), by name.</summary>
    public async Task<IReadOnlyList<ClientCard>> DependentsAsync(string ownerId)
    {
        await GetAsync(ownerId);
        var hits = await index.QueryAsync<ClientCard>(new IndexQuery(ClientIndexes.Dependents) { KeyPrefix = $"{ownerId}|", Limit = MaxSearchResults });
        return [.. hits.Select(h => h.Data)];
    }

    public async Task<ClientCard> GetAsync(string id)
    {
        if (!ClientIds.IsWellFormed(id))
            throw CommandRejectedException.Invalid("invalid-client-id", $"'{id}' is not a client id.", Field("id", $"'{id}' is not a client id"));
        return await grains.GetGrain<IClientGrain>(id).GetAsync()
            ?? throw CommandRejectedException.NotFound("unknown-client", $"There is no client '{id}'.", Field("id", id));
    }

    // Claim first, card second: of many receptionists typing one phone at once, one claim wins and all get its card.
    // A crash between the two leaves a claimed phone without a card; the next attempt registers the owner's card then.
    private async Task<ClientCard> RegisterOwnerAsync(NewClient client)
    {
        var owner = await grains.GetGrain<IClientPhoneGrain>(client.Phone!).ClaimAsync(ClientIds.New());
        return await grains.GetGrain<IClientGrain>(owner).RegisterAsync(client);
    }

    // A phone given for a child is usually a parent's: it is claimed for the dependent only if nobody has it,
    // and kept on the card as a contact either way.
    private async Task<ClientCard> RegisterDependentAsync(NewClient client)
    {
        var ownerId = client.OwnerId!;
        var owner = await grains.GetGrain<IClientGrain>(ownerId).GetAsync()
            ?? throw CommandRejectedException.Invalid("unknown-owner", $"There is no client '{ownerId}' to be the owner.", Field("ownerId", "is no existing client"));
        // Whatever a dependent receives is paid from the owner's wallet: one level keeps "the owner" unambiguous.
        if (owner.OwnerId is not null)
            throw CommandRejectedException.Invalid("owner-is-dependent", $"{owner.Name} is a dependent of {owner.OwnerId}; register with that owner.",
                Field("ownerId", $"is itself a dependent of {owner.OwnerId}"));
        var id = ClientIds.ForDependent(ownerId, ClientSearchText.Fold(client.Name));
        if (client.Phone is { } phone) await grains.GetGrain<IClientPhoneGrain>(phone).ClaimAsync(id);
        return await grains.GetGrain<IClientGrain>(id).RegisterAsync(client);
    }

    private async Task<string> PhoneRegionAsync() => (await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync()).Profile.PhoneRegion;

    private static Dictionary<string, object?> Field(string name, object? problem) => new() { [name] = problem };
}
