namespace Frontdesk.Kiosk.Printing;

/// <summary>Breaks a name into printer lines at spaces; the printer would otherwise break it mid-word.</summary>
public static class TextWrap
{
    public static IEnumerable<string> Lines(string text, int columns)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            if (line.Length > 0 && line.Length + 1 + rest.Length <= columns)
            {
                line += " " + rest;
                continue;
            }
            if (line.Length > 0) yield return line;
            while (rest.Length > columns)
            {
                yield return rest[..columns];
                rest = rest[columns..];
            }
            line = rest;
        }
        if (line.Length > 0) yield return line;
    }
}
