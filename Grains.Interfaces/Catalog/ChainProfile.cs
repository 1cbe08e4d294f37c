namespace Frontdesk.Grains.Catalog;

/// <param name="PhoneRegion">ISO 3166 region phones without a country code are read in (e.g. "RU").</param>
/// <param name="BookingHorizonDays">How far ahead a booking may be made.</param>
public sealed record ChainProfile(string Name, string Currency, string PhoneRegion, int BookingHorizonDays = 365);
