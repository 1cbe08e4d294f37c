extern alias kiosk;
using kiosk::Frontdesk.Kiosk.Pressing;

namespace Frontdesk.Web.Tests.EndToEnd;

/// <summary>One press as the test saw it: which kiosk and line, when it began and ended, and what the kiosk showed.</summary>
public sealed record PressRecord(string KioskId, string LineId, DateTimeOffset Started, DateTimeOffset Ended, PressOutcome Outcome)
{
    public TimeSpan Took => Ended - Started;
}
