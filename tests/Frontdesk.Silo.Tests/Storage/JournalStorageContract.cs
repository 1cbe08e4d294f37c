using Frontdesk.Silo.Journal;

namespace Frontdesk.Silo.Tests.Storage;

/// <summary>What every journal database must do, run against each of them.</summary>
public abstract class JournalStorageContract : IAsyncLifetime
{
    private IJournalStorage? _storage;

    protected IJournalStorage Storage => _storage!;

    protected abstract Task<IJournalStorage> CreateAsync();

    public async Task InitializeAsync()
    {
        _storage = await CreateAsync();
        await _storage.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_storage is not null) await _storage.DisposeAsync();
    }

    private static JournalAppend Commit(string key, long first, long last, Guid? id = null, string type = "contract") =>
        new(type, key, first, last, id ?? Guid.NewGuid(), $"[{string.Join(',', Enumerable.Range((int)first, (int)(last - first + 1)).Select(v => $"{{\"v\":{v}}}"))}]");

    [Fact]
    public async Task migrating_again_is_harmless_and_keeps_the_data()
    {
        Assert.Equal(new[] { true }, await Storage.AppendAsync([Commit("k", 1, 1)], CancellationToken.None));

        await Storage.MigrateAsync(CancellationToken.None);
        await Storage.MigrateAsync(CancellationToken.None);

        Assert.Single(await Storage.ReadCommitsAsync("contract", "k", 0, CancellationToken.None));
    }

    [Fact]
    public async Task commits_read_back_in_order_with_their_events()
    {
        await Storage.AppendAsync([Commit("k", 1, 3)], CancellationToken.None);
        await Storage.AppendAsync([Commit("k", 4, 4)], CancellationToken.None);
        await Storage.AppendAsync([Commit("other", 1, 1)], CancellationToken.None);

        var all = await Storage.ReadCommitsAsync("contract", "k", 0, CancellationToken.None);
        var tail = await Storage.ReadCommitsAsync("contract", "k", 3, CancellationToken.None);

        Assert.Equal([(1L, 3L), (4L, 4L)], all.Select(c => (c.FirstVersion, c.LastVersion)));
        Assert.Equal("""[{"v":1},{"v":2},{"v":3}]""", all[0].EventsJson.Replace(" ", ""));
        Assert.Equal([4L], tail.Select(c => c.FirstVersion));
        Assert.Empty(await Storage.ReadCommitsAsync("contract", "nobody", 0, CancellationToken.None));
    }

    [Fact]
    public async Task a_second_writer_from_the_same_version_is_refused()
    {
        Assert.Equal(new[] { true }, await Storage.AppendAsync([Commit("k", 1, 2)], CancellationToken.None));

        Assert.Equal(new[] { false }, await Storage.AppendAsync([Commit("k", 1, 1)], CancellationToken.None));

        var stored = await Storage.ReadCommitsAsync("contract", "k", 0, CancellationToken.None);
        Assert.Equal(2, stored.Single().LastVersion);
    }

    [Fact]
    public async Task one_conflict_in_a_batch_does_not_fail_the_other_grains()
    {
        await Storage.AppendAsync([Commit("taken", 1, 1)], CancellationToken.None);

        var results = await Storage.AppendAsync(
            [Commit("a", 1, 1), Commit("taken", 1, 3), Commit("b", 1, 2), Commit("taken", 2, 2)], CancellationToken.None);

        Assert.Equal(new[] { true, false, true, true }, results);
        Assert.Equal(2, (await Storage.ReadCommitsAsync("contract", "taken", 0, CancellationToken.None)).Count);
        Assert.Equal(2, (await Storage.ReadCommitsAsync("contract", "b", 0, CancellationToken.None)).Single().LastVersion);
    }

    [Fact]
    public async Task a_retried_commit_that_had_landed_is_recognised_by_its_id()
    {
        var id = Guid.NewGuid();
        Assert.Equal(new[] { true }, await Storage.AppendAsync([Commit("k", 1, 1, id)], CancellationToken.None));

        Assert.Equal(new[] { true }, await Storage.AppendAsync([Commit("k", 1, 1, id)], CancellationToken.None));

        Assert.Single(await Storage.ReadCommitsAsync("contract", "k", 0, CancellationToken.None));
    }

    [Fact]
    public async Task the_newest_snapshot_wins()
    {
        Assert.Null(await Storage.ReadSnapshotAsync("contract", "s", CancellationToken.None));

        await Storage.WriteSnapshotAsync("contract", "s", 20, """{"value":20}""", CancellationToken.None);
        await Storage.WriteSnapshotAsync("contract", "s", 10, """{"value":10}""", CancellationToken.None);

        var snapshot = await Storage.ReadSnapshotAsync("contract", "s", CancellationToken.None);
        Assert.Equal(20, snapshot!.Version);
        Assert.Contains("20", snapshot.StateJson);
    }

    [Fact]
    public async Task keys_and_types_are_kept_apart_and_any_text_is_a_key()
    {
        const string key = "branch-1/спец|иалист/2026-03-29";
        await Storage.AppendAsync([Commit(key, 1, 1), Commit(key, 1, 1, type: "another")], CancellationToken.None);

        Assert.Single(await Storage.ReadCommitsAsync("contract", key, 0, CancellationToken.None));
        Assert.Single(await Storage.ReadCommitsAsync("another", key, 0, CancellationToken.None));
    }

    [Fact]
    public async Task many_concurrent_writers_on_one_stream_never_store_a_version_twice()
    {
        var successes = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 16), async (_, ct) =>
        {
            for (var i = 0; i < 25; i++)
            {
                var stored = await Storage.ReadCommitsAsync("contract", "race", 0, ct);
                var next = stored.Count == 0 ? 1 : stored[^1].LastVersion + 1;
                if ((await Storage.AppendAsync([Commit("race", next, next)], ct))[0]) Interlocked.Increment(ref successes);
            }
        });

        var all = await Storage.ReadCommitsAsync("contract", "race", 0, CancellationToken.None);
        Assert.Equal(successes, all.Count);
        Assert.Equal(Enumerable.Range(1, successes).Select(v => (long)v), all.Select(c => c.FirstVersion));
    }

    [Fact]
    public async Task a_stream_reads_as_its_snapshot_and_the_commits_after_it_in_one_go()
    {
        await Storage.AppendAsync([Commit("s", 1, 3)], CancellationToken.None);
        await Storage.AppendAsync([Commit("s", 4, 5)], CancellationToken.None);

        var whole = await Storage.ReadStreamAsync("contract", "s", CancellationToken.None);
        await Storage.WriteSnapshotAsync("contract", "s", 3, """{"at":3}""", CancellationToken.None);
        var afterSnapshot = await Storage.ReadStreamAsync("contract", "s", CancellationToken.None);
        await Storage.WriteSnapshotAsync("contract", "s", 5, """{"at":5}""", CancellationToken.None);
        var atTheEnd = await Storage.ReadStreamAsync("contract", "s", CancellationToken.None);

        Assert.Null(whole.Snapshot);
        Assert.Equal([1L, 4L], whole.Commits.Select(c => c.FirstVersion));
        Assert.Equal(3, afterSnapshot.Snapshot!.Version);
        Assert.Equal([4L], afterSnapshot.Commits.Select(c => c.FirstVersion));
        Assert.Equal(5, atTheEnd.Snapshot!.Version);
        Assert.Empty(atTheEnd.Commits);
        var empty = await Storage.ReadStreamAsync("contract", "empty", CancellationToken.None);
        Assert.Null(empty.Snapshot);
        Assert.Empty(empty.Commits);
    }

    private static JournalAppend Indexed(string key, long version, params JournalIndexEntry[] entries) =>
        Commit(key, version, version) with { IndexEntries = entries };

    private async Task<IReadOnlyList<IndexRow>> Query(IndexQuery query) => await Storage.QueryIndexAsync(query, CancellationToken.None);

    [Fact]
    public async Task index_entries_are_stored_with_their_commit_and_found_by_key_prefix_or_text()
    {
        await Storage.AppendAsync([
            Indexed("ivanova", 1, new JournalIndexEntry("clients", "c1", "ivanova anna +79161234567", """{"name":"Анна Иванова"}""")),
            Indexed("petrov", 1, new JournalIndexEntry("clients", "c2", "petrov ivan +79031112233", """{"name":"Иван Петров"}"""),
                new JournalIndexEntry("phones", "+79031112233", "+79031112233", """{"client":"c2"}""")),
        ], CancellationToken.None);

        var byText = await Query(new IndexQuery("clients") { KeyContains = "ivan" });
        var byPrefix = await Query(new IndexQuery("clients") { KeyPrefix = "petrov" });
        var byKey = await Query(new IndexQuery("phones") { Key = "+79031112233" });

        Assert.Equal(["c1", "c2"], byText.Select(r => r.EntryId));
        Assert.Equal("c2", Assert.Single(byPrefix).EntryId);
        var phone = Assert.Single(byKey);
        Assert.Equal(("contract", "petrov", 1L), (phone.GrainType, phone.GrainKey, phone.Version));
        Assert.Contains("Иван Петров", byText[1].DataJson);
        Assert.Empty(await Query(new IndexQuery("clients") { KeyContains = "sidorov" }));
    }

    [Fact]
    public async Task a_refused_commit_leaves_the_index_as_it_was()
    {
        await Storage.AppendAsync([Indexed("k", 1, new JournalIndexEntry("slots", "s1", "first", """{"v":1}"""))], CancellationToken.None);

        var results = await Storage.AppendAsync([
            Indexed("k", 1, new JournalIndexEntry("slots", "s1", "stolen", """{"v":99}"""), new JournalIndexEntry("slots", "s2", "stolen", """{"v":99}""")),
            Indexed("k2", 1, new JournalIndexEntry("slots", "s3", "other", """{"v":3}""")),
        ], CancellationToken.None);

        Assert.Equal(new[] { false, true }, results);
        var all = await Query(new IndexQuery("slots"));
        Assert.Equal([("s1", "first"), ("s3", "other")], all.Select(r => (r.EntryId, r.Key)));
    }

    [Fact]
    public async Task a_later_commit_updates_or_removes_its_entries()
    {
        await Storage.AppendAsync([Indexed("k", 1, new JournalIndexEntry("bookings", "b1", "confirmed", """{"s":1}"""), new JournalIndexEntry("bookings", "b2", "confirmed", "{}"))], CancellationToken.None);
        await Storage.AppendAsync([Indexed("k", 2, new JournalIndexEntry("bookings", "b1", "cancelled", """{"s":2}"""), new JournalIndexEntry("bookings", "b2", "", null))], CancellationToken.None);

        var row = Assert.Single(await Query(new IndexQuery("bookings")));
        Assert.Equal(("b1", "cancelled", 2L), (row.EntryId, row.Key, row.Version));
        Assert.Single(await Query(new IndexQuery("bookings") { EntryId = "b1" }));
        Assert.Empty(await Query(new IndexQuery("bookings") { EntryId = "b2" }));
    }

    [Fact]
    public async Task a_reachable_database_answers_a_ping() => await Storage.PingAsync(CancellationToken.None);
}
