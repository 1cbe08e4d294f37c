using Frontdesk.Web.Calendar;
using Frontdesk.Web.Queue;

namespace Frontdesk.Web.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>The hub, its topic sources, and the pump from the change feed to the screens.</summary>
    public static IServiceCollection AddFrontdeskRealtime(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(json =>
            json.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddSingleton<NodeInstance>();
        services.AddSingleton<TopicSubscriptions>();
        services.AddSingleton<TopicRegistry>();
        services.AddSingleton<CalendarReader>();
        services.AddSingleton<ITopicSource, CalendarTopics>();
        services.AddSingleton<QueueBranchReader>();
        services.AddSingleton<ITopicSource, QueueTopics>();
        services.AddSingleton<ITopicSource, TicketTopics>();
        services.AddSingleton<ChangePump>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangePump>());
        return services;
    }

    public static IEndpointRouteBuilder MapFrontdeskRealtime(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>(LiveHub.Path);
        return app;
    }
}
