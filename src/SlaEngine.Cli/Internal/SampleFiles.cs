using System;
using System.IO;
using System.Text;
using SlaEngine.Uptime;
using Spectre.Console;

namespace SlaEngine.Cli.Internal;

/// <summary>Reads a per-minute CSV with <see cref="MinuteCsv"/>, showing a progress display on stderr when it is a terminal.</summary>
internal static class SampleFiles
{
    private const int BufferSize = 1 << 16;

    /// <summary>Reads the samples of a CSV file.</summary>
    /// <param name="context">Whether to show progress, and where.</param>
    /// <param name="path">The file.</param>
    /// <returns>The samples in file order.</returns>
    /// <exception cref="CliException">The file does not exist or cannot be read (exit 2).</exception>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and the line.</exception>
    public static MinuteSample[] Read(CliContext context, string path)
    {
        FileStream file = InputFiles.OpenRead(path, "samples file");
        if (!context.ShowProgress)
        {
            using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);
            return MinuteCsv.Read(reader, path);
        }

        long length = file.Length;
        MinuteSample[] samples = Array.Empty<MinuteSample>();
        context.CreateErrorConsole().Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn())
            .Start(progress =>
            {
                ProgressTask task = progress.AddTask(Markup.Escape("Reading " + Path.GetFileName(path)), maxValue: Math.Max(1, length));
                using var counting = new CountingStream(file, total => task.Value = total);
                using var reader = new StreamReader(counting, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);
                samples = MinuteCsv.Read(reader, path);
                task.Value = task.MaxValue;
            });
        return samples;
    }
}
