using Spectre.Console;
using Spectre.Console.Rendering;

namespace SlaEngine.Cli.Internal;

/// <summary>Builds the Spectre tables people read. Cell text is never parsed as markup, so names with brackets print as they are.</summary>
internal static class HumanOutput
{
    /// <summary>Creates a table with the given column headers.</summary>
    /// <param name="headers">The headers; a header starting with '&gt;' is right-aligned (numbers), without the '&gt;'.</param>
    /// <returns>The table.</returns>
    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (string header in headers)
        {
            bool right = header.StartsWith('>');
            var column = new TableColumn(new Text(right ? header.Substring(1) : header, new Style(decoration: Decoration.Bold)));
            table.AddColumn(right ? column.RightAligned() : column);
        }

        return table;
    }

    /// <summary>Adds a row of plain-text cells.</summary>
    /// <param name="table">The table.</param>
    /// <param name="cells">The cells' text.</param>
    public static void Row(Table table, params string[] cells)
    {
        var renderables = new IRenderable[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            renderables[i] = new Text(cells[i]);
        }

        table.AddRow(renderables);
    }

    /// <summary>Creates an empty list of labelled values.</summary>
    /// <returns>The list.</returns>
    public static Facts Facts() => new();

    /// <summary>Adds a label and its value to a list of facts.</summary>
    /// <param name="facts">The list.</param>
    /// <param name="label">The label; empty for a value that continues the one above.</param>
    /// <param name="value">The value.</param>
    public static void Fact(Facts facts, string label, string value) => facts.Add(label, value);

    /// <summary>Writes a heading line.</summary>
    /// <param name="console">The console.</param>
    /// <param name="text">The heading.</param>
    public static void Heading(IAnsiConsole console, string text)
        => console.Write(new Text(text + "\n", new Style(decoration: Decoration.Bold)));
}
