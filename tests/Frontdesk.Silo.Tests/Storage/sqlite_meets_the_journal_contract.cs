using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Journal.Sqlite;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Storage;

public sealed class sqlite_meets_the_journal_contract : JournalStorageContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IJournalStorage> CreateAsync() =>
        Task.FromResult<IJournalStorage>(new SqliteJournalStorage($"Data Source={_folder.File("nested/folder/journal.db")}"));

    [Fact]
    public void the_file_and_its_folders_are_created_on_first_run() =>
        Assert.True(File.Exists(_folder.File("nested/folder/journal.db")));

    public void Dispose() => _folder.Dispose();
}
