using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>A run of printed text, decoded with the code page selected at that point, and the style it prints in.</summary>
public sealed record EscPosText(string Text, int Width, int Height, bool Bold, TicketAlignment Alignment, int CodePage) : IEscPosPart;
