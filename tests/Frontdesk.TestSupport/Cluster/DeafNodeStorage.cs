using Frontdesk.Silo.Hosting;
using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Journal.Postgres;

namespace Frontdesk.TestSupport.Cluster;

/// <summary>
/// PostgreSQL as another node sees it before any notification arrives: the silo only listens to a
/// <see cref="PostgresJournalStorage"/> it was given directly, so behind this wrapper it hears nothing and its
/// activations fall behind until a command of its own meets the database.
/// </summary>
public sealed class DeafNodeStorage(string connectionString, string nodeId)
    : DelegatingJournalStorage(new PostgresJournalStorage(JournalStorageFactory.CreateDataSource(connectionString), nodeId));
