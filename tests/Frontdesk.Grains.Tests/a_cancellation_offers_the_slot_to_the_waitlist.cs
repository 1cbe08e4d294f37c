using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Waitlist;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class a_cancellation_offers_the_slot_to_the_waitlist : ChainTest
{
    private IWaitlistGrain Waitlist => Chain.Grains.GetGrain<IWaitlistGrain>(Frontdesk.Grains.Chain.Key);

    [Fact]
    public async Task the_first_fitting_entries_get_an_offer_that_expires()
    {
        var booking = await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(10, 0)));
        var wantsMassage = await Waitlist.JoinAsync(new WaitlistRequest("w1", new BookingClient("cl-a", "A"), Massage60, Tuesday, Tuesday, Moscow));
        var wantsBoris = await Waitlist.JoinAsync(new WaitlistRequest("w2", new BookingClient("cl-b", "B"), Massage60, Tuesday, Tuesday, SpecialistId: Boris));
        var tooLate = await Waitlist.JoinAsync(new WaitlistRequest("w3", new BookingClient("cl-c", "C"), Massage60, Tuesday.AddDays(3), Tuesday.AddDays(5)));
        var offered = new List<GrainChange>();
        using var _ = Chain.ChangeFeed.Subscribe(c => { if (c.Events.OfType<SlotOffered>().Any()) offered.Add(c); });

        await Day(Moscow, Anna, Tuesday).CancelAsync(booking.Id, "client ill");

        var entries = (await Waitlist.GetAsync()).ToDictionary(e => e.Id);
        var offer = Assert.Single(entries[wantsMassage.Id].Offers);
        Assert.Equal((SmallChain.Day(Moscow, Anna, Tuesday), new TimeOnly(10, 0)), (offer.DayKey, offer.Start));
        Assert.Empty(entries[wantsBoris.Id].Offers);
        Assert.Empty(entries[tooLate.Id].Offers);
        Assert.Single(offered);

        Chain.Time.Advance(WaitlistGrain.OfferLifetime);
        await Chain.Host.DeliverDueRemindersAsync();
        Assert.Empty((await Waitlist.GetAsync()).Single(e => e.Id == wantsMassage.Id).Offers);
    }
}
