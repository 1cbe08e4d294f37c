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

    // Written with the commit, so a card is searchable exactly when it is durable.
    protected override IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<ClientEvent> events) =>
        State.Card is { } card ? [new IndexEntry(ClientIndexes.Clients, card.Id, ClientSearchText.KeyOf(card), card)] : [];
}
