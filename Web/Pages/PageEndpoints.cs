using Frontdesk.Web.Security;
using Microsoft.Net.Http.Headers;

namespace Frontdesk.Web.Pages;

/// <summary>
/// The browser pages at friendly addresses. Each is <c>ClientApp/pages/&lt;name&gt;.html</c>, built into
/// <c>wwwroot/app/pages</c> with its scripts and styles, which are served as static files under <c>/app</c>.
/// </summary>
internal static class PageEndpoints
{
    // What follows a page's name in the address is for its script to read (/ticket/A-015).
    private static readonly string[] Pages = ["calendar", "lobby", "desk", "ticket", "stock", "client", "settle", "close", "sign-in"];

    // A page is markup and scripts, the same for everyone: what it shows comes from the API and the hub, which check
    // the caller; a page that gets 401 sends the browser to /sign-in.
    private const string WhyPublic = "a page holds no data; its API and hub calls are checked";

    /// <summary>Static files (the pages' scripts and styles) are served before authentication: they are the same for everyone.</summary>
    public static void UsePageFiles(this WebApplication app) =>
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = context => CacheForever(context.Context) });

    public static void MapPageEndpoints(this WebApplication app)
    {
        app.MapGet("/", () => TypedResults.Redirect("/calendar")).Public(WhyPublic);
        foreach (var page in Pages)
        {
            app.MapGet($"/{page}", (HttpContext context, IWebHostEnvironment environment) => Page(context, environment, page)).Public(WhyPublic);
            app.MapGet($"/{page}/{{**rest}}", (HttpContext context, IWebHostEnvironment environment) => Page(context, environment, page)).Public(WhyPublic);
        }
    }

    private static IResult Page(HttpContext context, IWebHostEnvironment environment, string page)
    {
        var file = environment.WebRootFileProvider.GetFileInfo($"app/pages/{page}.html");
        if (!file.Exists || file.PhysicalPath is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The browser pages are not built",
                detail: "Build the Web project with Node.js and npm on the machine (the build runs `npm run build` in Web/ClientApp).");
        }
        // The page names its scripts by content hash: asking again each time is what lets a new version reach the screen.
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.PhysicalFile(file.PhysicalPath, "text/html; charset=utf-8", lastModified: file.LastModified);
    }

    private static void CacheForever(HttpContext context)
    {
        // Vite puts a content hash in every name under /app/assets, so such a file never changes.
        if (context.Request.Path.StartsWithSegments("/app/assets"))
        {
            context.Response.Headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365) } + ", immutable";
        }
    }
}
