// What the search box was given: a booking number ("TVR-261123-5-1") opens that booking's day; anything else is a
// client's name or phone.

export function isBookingNumber(text: string): boolean {
  return /^[A-Za-z0-9]+-\d{6}-\d+-\d+$/.test(text.trim());
}
