namespace Frontdesk.Grains.Clients;

[GrainType("client")]
public sealed class ClientGrain(TimeProvider time) : JournaledGrain<ClientState, ClientEvent>, IClientGrain
{
    protected override string? AuditSubject(ClientEvent @event) => AuditSubjects.Client(GetPrimaryKeyString());

    protected override object? AuditView(string subject) => State.Card;

    public Task<ClientCard?> GetAsync() => Task.FromResult(State.Card);

    public Task<ClientCard> RegisterAsync(NewClient client)
    {
        // A second registration is a retry or a healed claim: the card as it stands is the answer.
        if (State.Card is { } card) return Task.FromResult(card);
        ClientRules.CheckTidy(GetPrimaryKeyString(), client);
        RaiseEvent(new ClientRegistered(new ClientCard(GetPrimaryKeyString(), client.Name, client.Phone is { } phone ? [phone] : [],
            time.GetUtcNow(), client.Email, client.Birthday, client.FoundUsBy, client.Notes, client.OwnerId)));
        return Task.FromResult(State.Card!);
    }

    public Task<ClientCard> EditAsync(ClientDetails details)
    {
        var card = Registered();
        ClientRules.CheckTidy(card.Id, new NewClient(details.Name, null, details.Email, details.Birthday, details.FoundUsBy, details.Notes, card.OwnerId));
        var now = time.GetUtcNow();
        // A consent keeps the time it was first recorded as it is; a changed one is stamped now.
        var consents = (details.Consents ?? []).Select(c => card.Consents?.FirstOrDefault(k => k.Kind == c.Kind && k.Given == c.Given) ?? new ClientConsent(c.Kind, c.Given, now));
        var edited = card with
        {
            Name = details.Name, Email = details.Email, Birthday = details.Birthday, FoundUsBy = details.FoundUsBy, Notes = details.Notes,
            Consents = [.. consents],
        };
        RaiseEvent(new ClientEdited(edited));
        return Task.FromResult(edited);
    }

    public Task<ClientCard> AddPhoneAsync(string phone)
    {
        var card = Registered();
        ClientRules.CheckClaim(phone, card.Id);
        if (card.Phones.Contains(phone)) return Task.FromResult(card);
        RaiseEvent(new ClientEdited(card with { Phones = [.. card.Phones, phone] }));
        return Task.FromResult(State.Card!);
    }

    private ClientCard Registered() => State.Card
        ?? throw CommandRejectedException.NotFound("unknown-client", $"There is no client '{GetPrimaryKeyString()}'.");

    // Written with the commit, so a card is searchable exactly when it is durable.
    protected override IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<ClientEvent> events) =>
        State.Card is not { } card ? []
        : card.OwnerId is { } owner
            ? [new IndexEntry(ClientIndexes.Clients, card.Id, ClientSearchText.KeyOf(card), card),
               new IndexEntry(ClientIndexes.Dependents, card.Id, $"{owner}|{ClientSearchText.Fold(card.Name)}", card)]
            : [new IndexEntry(ClientIndexes.Clients, card.Id, ClientSearchText.KeyOf(card), card)];
}
