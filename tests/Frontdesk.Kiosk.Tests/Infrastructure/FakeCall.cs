namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>
/// One ticket request as the fake engine received it; <see cref="Attempt"/> counts requests with this key, from 1, and
/// <see cref="ReceivedAt"/> is a <see cref="System.Diagnostics.Stopwatch"/> timestamp.
/// </summary>
public sealed record FakeCall(string? IdempotencyKey, string LineId, string? KioskId, string? Source, string? BookingCode, int Attempt, long ReceivedAt);
