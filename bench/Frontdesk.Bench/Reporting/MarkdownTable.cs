using System.Text;

namespace Frontdesk.Bench.Reporting;

/// <summary>A Markdown table, columns padded so the raw text reads as well as the rendered one.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public MarkdownTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
            throw new ArgumentException($"A row of {cells.Length} cells in a table of {headers.Length} columns.", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Line(headers);
        text.Append('|');
        foreach (var width in widths) text.Append(' ').Append('-', width).Append(" |");
        text.AppendLine();
        foreach (var row in _rows) Line(row);
        return text.ToString();

        void Line(string[] cells)
        {
            text.Append('|');
            for (var i = 0; i < cells.Length; i++) text.Append(' ').Append(cells[i].PadRight(widths[i])).Append(" |");
            text.AppendLine();
        }
    }
}
