using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>The printer's text mode as the commands so far have left it.</summary>
public sealed record PrintStyle(int Width, int Height, bool Bold, TicketAlignment Alignment, int CodePage)
{
    public static readonly PrintStyle Default = new(1, 1, false, TicketAlignment.Left, 437);

    public PrintStyle After(EscPosCommand command, IReadOnlyDictionary<byte, int> tables) => command.Name switch
    {
        "ESC @" => Default,
        "ESC t" => this with { CodePage = tables[command.Parameters[0]] },
        "ESC a" => this with { Alignment = (TicketAlignment)command.Parameters[0] },
        "ESC E" => this with { Bold = (command.Parameters[0] & 1) == 1 },
        "GS !" => this with { Width = (command.Parameters[0] >> 4) + 1, Height = (command.Parameters[0] & 0x0F) + 1 },
        _ => this,
    };
}
