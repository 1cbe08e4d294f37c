using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

/// <summary>Berlin changes its clocks on 28 March 2027 (02:00 → 03:00) and 31 October 2027 (03:00 → 02:00); Moscow never does.</summary>
public sealed class slots_are_right_on_daylight_saving_days : IAsyncLifetime
{
    private static readonly DateOnly SpringForward = new(2027, 3, 28);
    private static readonly DateOnly FallBack = new(2027, 10, 31);
    private TestChain _chain = null!;

    public async Task InitializeAsync()
    {
        _chain = await TestChain.StartAsync(now: new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await SeedAsync(_chain);
    }

    public async Task DisposeAsync() => await _chain.DisposeAsync();

    private ISpecialistDayGrain Clara(DateOnly date) => _chain.Grains.GetGrain<ISpecialistDayGrain>(Day(Berlin, SmallChain.Clara, date));

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(9, 0, 7, 0)]
    [InlineData(13, 0, 11, 0)]
    [InlineData(18, 30, 16, 30)]
    [InlineData(1, 0, 0, 0)]
    public async Task on_spring_forward_day_times_after_the_change_are_summer_time_and_before_it_winter_time(int hour, int minute, int utcHour, int utcMinute)
    {
        var booking = await Clara(SpringForward).BookAsync(Request(new TimeOnly(hour, minute), Express15));

        Assert.Equal(Utc(2027, 3, 28, utcHour, utcMinute), booking.Start);
    }

    [Fact]
    public async Task a_start_the_clocks_skip_is_refused_and_the_free_slots_skip_it_too()
    {
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Clara(SpringForward).BookAsync(Request(new TimeOnly(2, 30), Express15)));
        var free = await Clara(SpringForward).GetFreeStartsAsync([Express15], 15);

        Assert.Equal(("nonexistent-local-time", RejectionKind.Unprocessable), (refused.Code, refused.Kind));
        Assert.Contains("02:30", refused.Message);
        Assert.Contains(new TimeOnly(1, 45), free);
        Assert.DoesNotContain(free, t => t.Hour == 2);
        Assert.Contains(new TimeOnly(3, 0), free);
        Assert.Empty(await Clara(SpringForward).GetAsync().ContinueWith(t => t.Result.Bookings));
    }

    [Fact]
    public async Task an_hour_long_visit_across_the_gap_lasts_an_hour_of_real_time()
    {
        var booking = await Clara(SpringForward).BookAsync(Request(new TimeOnly(1, 30), Massage60));

        Assert.Equal(Utc(2027, 3, 28, 0, 30), booking.Start);
        Assert.Equal(TimeSpan.FromMinutes(60), booking.End - booking.Start);
        // 03:30 local is summer time: the hour (and the ten-minute clean-up) ends there.
        Assert.Equal(Utc(2027, 3, 28, 1, 40), booking.OccupiedTo);
        await Assert.ThrowsAsync<CommandRejectedException>(() => Clara(SpringForward).BookAsync(Request(new TimeOnly(3, 30), Express15)));
        await Clara(SpringForward).BookAsync(Request(new TimeOnly(3, 40), Express15));
    }

    [Theory]
    [InlineData(9, 0, 8, 0)]
    [InlineData(13, 0, 12, 0)]
    [InlineData(1, 0, 23, 0)]
    public async Task on_fall_back_day_times_after_the_change_are_winter_time(int hour, int minute, int utcHour, int utcMinute)
    {
        var booking = await Clara(FallBack).BookAsync(Request(new TimeOnly(hour, minute), Express15));

        var expected = utcHour == 23 ? Utc(2027, 10, 30, 23, utcMinute) : Utc(2027, 10, 31, utcHour, utcMinute);
        Assert.Equal(expected, booking.Start);
    }

    [Fact]
    public async Task a_repeated_local_time_on_fall_back_day_means_its_first_occurrence()
    {
        var first = await Clara(FallBack).BookAsync(Request(new TimeOnly(2, 30), Express15));

        Assert.Equal(Utc(2027, 10, 31, 0, 30), first.Start);
        // The second 02:30 (01:30 UTC) is another real time, free to book through its own local time after 02:59 CEST… it has none:
        // the day's free starts list each local time once.
        var free = await Clara(FallBack).GetFreeStartsAsync([Express15], 30);
        Assert.Equal(free.Distinct().Count(), free.Count);
    }

    [Theory]
    [InlineData(2027, 3, 28)]
    [InlineData(2027, 10, 31)]
    [InlineData(2027, 6, 15)]
    public async Task moscow_has_no_daylight_saving_so_nine_is_six_utc_every_day(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var booking = await _chain.Grains.GetGrain<ISpecialistDayGrain>(Day(Moscow, Boris, date)).BookAsync(Request(new TimeOnly(13, 0)));

        Assert.Equal(Utc(year, month, day, 10, 0), booking.Start);
    }
}
