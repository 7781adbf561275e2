using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SlaEngine.Cli.Internal;

/// <summary>Writes a command's <c>--json</c> result: one indented JSON document on stdout, written with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,

        // The output is a terminal or a pipe, never HTML: keep apostrophes and non-ASCII names readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document, followed by a new line.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="write">Writes the document's single value.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Flush();
    }
}
