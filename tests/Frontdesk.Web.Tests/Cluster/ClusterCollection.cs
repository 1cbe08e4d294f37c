namespace Frontdesk.Web.Tests.Cluster;

/// <summary>The local-cluster tests run alone: three engine processes and a database each, on a two-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "local cluster";
}
