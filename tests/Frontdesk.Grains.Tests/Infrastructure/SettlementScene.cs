using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.CashDesk;
using Frontdesk.Grains.Certificates;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Wallets;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>
/// A visit ready to settle on a small chain: a client with 10,000.00 RUB on the wallet, a "5 for 4" express pack and a 3,000.00 gift certificate,
/// booked with Anna on Tuesday at 10:00 for a massage and an express (3,000.00 + 500.00), settled at desk "desk-1".
/// </summary>
public sealed record SettlementScene(TestChain Chain, ClientCard Client, Booking Booking)
{
    public const string Desk = "desk-1";
    public const string Pack = "express-pack";
    public const string Gift = "GIFT-0001";
    public static readonly DateOnly Tuesday = new(2026, 11, 24);
    public static readonly string DayKey = Day(Moscow, Anna, Tuesday);

    public IClientWalletGrain Wallet => Chain.Grains.GetGrain<IClientWalletGrain>(Client.OwnerId ?? Client.Id);
    public IVisitSettlementSaga Saga => Chain.Grains.GetGrain<IVisitSettlementSaga>(Booking.Number);
    public ISpecialistDayGrain DayGrain => Chain.Grains.GetGrain<ISpecialistDayGrain>(DayKey);
    /// <summary>The desk's business day: the settlement's (Monday, the test clock's day), not the visit's.</summary>
    public static readonly string DeskDayKey = new DeskDayKey(Moscow, Desk, new DateOnly(2026, 11, 23)).ToString();

    public ICashDeskDayGrain DeskDay => Chain.Grains.GetGrain<ICashDeskDayGrain>(DeskDayKey);

    public static async Task<SettlementScene> SetUpAsync(TestChain chain, string phone = "+79165550001", ClientCard? client = null)
    {
        await SeedAsync(chain);
        client ??= await chain.Service<ClientDirectory>().FindOrRegisterAsync(new NewClient("Vera Platova", phone));
        var payer = chain.Grains.GetGrain<IClientWalletGrain>(client.OwnerId ?? client.Id);
        await payer.DepositAsync(new WalletDeposit("first-deposit", new Money(1_000_000, "RUB"), PaymentMethod.Card));
        await payer.SellPackAsync(new PackSale(Pack, "5 express for the price of 4", PackKind.Sessions, [Express15], 5, new Money(200_000, "RUB"),
            PaymentMethod.Cash, new DateOnly(2026, 11, 1)));
        await chain.Grains.GetGrain<IGiftCertificateGrain>(Gift).IssueAsync(
            new CertificateIssue(CertificateKind.Deposit, new Money(300_000, "RUB"), new DateOnly(2027, 6, 30), PaymentMethod.Cash));
        var booking = await chain.Grains.GetGrain<ISpecialistDayGrain>(DayKey).BookAsync(
            new BookingRequest("book-1", new BookingClient(client.Id, client.Name, client.Phones.FirstOrDefault()), [Massage60, Express15], new TimeOnly(10, 0)));
        return new SettlementScene(chain, client, booking);
    }

    /// <summary>4,500.00 in all (massage, express, a 1,000.00 cream): 1,000.00 from the wallet, 1,000.00 from the gift certificate, the express from the pack, 2,500.00 cash (500.00 over, kept as an advance).</summary>
    public SettlementRequest FullRequest(bool withMaterials = true) => new(DayKey, Booking.Number, Desk,
        [new RenderedService(Massage60), new RenderedService(Express15)],
        [new SoldProduct("cream-1", "Hand cream", 1, 100_000)],
        [new PaymentPart(PaymentMethod.Wallet, 100_000), new PaymentPart(PaymentMethod.Certificate, 100_000, CertificateCode: Gift),
            new PaymentPart(PaymentMethod.Pack, 0, Pack, Express15),
            new PaymentPart(PaymentMethod.Cash, 250_000)],
        withMaterials ? [new MaterialUse("main", "massage-oil", 0.05m)] : []);

    public SettlementRequest WalletOnly(long amount = 350_000) => new(DayKey, Booking.Number, Desk,
        [new RenderedService(Massage60), new RenderedService(Express15)], [], [new PaymentPart(PaymentMethod.Wallet, amount)], []);
}
