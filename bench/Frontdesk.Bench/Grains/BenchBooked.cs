namespace Frontdesk.Bench.Grains;

public sealed record BenchBooked(BenchBooking Booking);
