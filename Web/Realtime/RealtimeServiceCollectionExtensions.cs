using Frontdesk.Web.Calendar;
using Frontdesk.Web.Queue;
using Frontdesk.Web.Stock;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>The hub, its topic sources, and the pump from the change feed to the screens.</summary>
    public static IServiceCollection AddFrontdeskRealtime(this IServiceCollection services)
    {
        // Pushes carry the same JSON as the HTTP API (times "HH:mm", instants in UTC, enums by name): a page reads both alike.
        services.AddSignalR().AddJsonProtocol(json => Api.ApiJson.Configure(json.PayloadSerializerOptions));
        services.AddSingleton<NodeInstance>();
        services.AddSingleton<TopicSubscriptions>();
        services.AddSingleton<TopicRegistry>();
        services.AddSingleton<CalendarReader>();
        services.AddSingleton<ITopicSource, CalendarTopics>();
        services.AddSingleton<QueueBranchReader>();
        services.AddSingleton<ITopicSource, QueueTopics>();
        services.AddSingleton<ITopicSource, TicketTopics>();
        services.AddSingleton<ITopicSource, StockTopics>();
        services.AddSingleton<ChangePump>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangePump>());
        return services;
    }

    public static IEndpointRouteBuilder MapFrontdeskRealtime(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>(LiveHub.Path).Public("anyone may connect; each topic is checked for role and branch when subscribed (LiveHub.Subscribe)");
        return app;
    }
}
