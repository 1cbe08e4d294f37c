// The kiosk's host; its page, engine client and printer are added as they are built.
var app = WebApplication.CreateBuilder(args).Build();
await app.RunAsync();

/// <summary>The entry point, named for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
