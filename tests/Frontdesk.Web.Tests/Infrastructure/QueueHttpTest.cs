using Frontdesk.TestSupport;
using Frontdesk.TestSupport.Security;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>A test class with the engine in memory on a fresh SQLite folder (the demo chain and its queues), and the queue's API.</summary>
public abstract class QueueHttpTest : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FrontdeskFactory _factory = null!;

    protected HttpClient Http { get; private set; } = null!;
    protected QueueApi Api { get; private set; } = null!;

    protected FrontdeskFactory Factory => _factory;

    /// <summary>Signed in as the demo owner, who may use every desk and issue at every line.</summary>
    public async Task InitializeAsync()
    {
        _factory = new FrontdeskFactory(new Dictionary<string, string?> { ["Frontdesk:DataDirectory"] = _folder.Path });
        Http = _factory.CreateDefaultClient(new IdempotencyKeys());
        await SignIn.AsAsync(Http, SignIn.DemoOwner);
        Api = new QueueApi(Http);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        _folder.Dispose();
    }
}
