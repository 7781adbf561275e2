using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace SlaEngine.Cli.Internal;

/// <summary>Labelled values written one a line with the values aligned, and no trailing spaces: "Due   2026-11-30T12:30:00-08:00".</summary>
internal sealed class Facts
{
    private const int Gap = 3;
    private static readonly Style s_bold = new(decoration: Decoration.Bold);
    private readonly List<(string Label, string Value)> _rows = new();

    /// <summary>Adds a label and its value.</summary>
    /// <param name="label">The label; empty for a value that continues the one above.</param>
    /// <param name="value">The value.</param>
    public void Add(string label, string value) => _rows.Add((label, value));

    /// <summary>Writes the facts, one a line.</summary>
    /// <param name="console">Where to write.</param>
    public void Write(IAnsiConsole console)
    {
        int width = _rows.Count == 0 ? 0 : _rows.Max(r => r.Label.Length) + Gap;
        foreach ((string label, string value) in _rows)
        {
            console.Write(new Text(label.PadRight(width), s_bold));
            console.Write(new Text(value));
            console.WriteLine();
        }
    }
}
