namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>One piece of a decoded printout: a command or a run of text.</summary>
public interface IEscPosPart;
