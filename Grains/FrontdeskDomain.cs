using Frontdesk.Grains.Availability;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Sagas;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Stock;
using Frontdesk.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Grains;

/// <summary>Puts Frontdesk's grains and the domain services that coordinate them into a host.</summary>
public static class FrontdeskDomain
{
    public static SiloBuilder AddFrontdeskGrains(this SiloBuilder silo) => silo.AddGrains(typeof(FrontdeskDomain).Assembly);

    public static IServiceCollection AddFrontdeskDomain(this IServiceCollection services)
    {
        services.TryAddSingleton<ISagaFaults, NoSagaFaults>();
        services.TryAddSingleton<ScheduleChangeCoordinator>();
        services.TryAddSingleton<DayOccupancyCache>();
        services.TryAddSingleton<AvailabilityFinder>();
        services.TryAddSingleton<BookingLocator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ClientDirectory>();
        services.TryAddSingleton<SettlementSteps>();
        services.TryAddSingleton<SettlementDrafts>();
        services.AddSingleton<QueueIssuer>();
        services.AddSingleton<StockDesk>();
        services.AddSingleton<VisitMaterials>();
        services.TryAddSingleton<IVisitMaterials>(sp => sp.GetRequiredService<VisitMaterials>());
        services.TryAddSingleton<IRevenueSource, SettledRevenue>();
        services.AddSingleton<StockReports>();
        services.AddSingleton<DemoBookings>();
        services.AddSingleton<DemoChainSeeder>();
        return services;
    }
}
