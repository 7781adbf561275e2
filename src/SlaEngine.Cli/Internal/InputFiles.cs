using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SlaEngine.Serialization;

namespace SlaEngine.Cli.Internal;

/// <summary>Reads the tool's input files, turning every way they can fail into a <see cref="CliException"/> with its exit code.</summary>
internal static class InputFiles
{
    /// <summary>Returns whether <paramref name="path"/> names an existing file.</summary>
    /// <param name="path">The path as given on the command line.</param>
    /// <returns><see langword="true"/> when the file exists.</returns>
    public static bool Exists(string path) => !string.IsNullOrWhiteSpace(path) && File.Exists(path);

    /// <summary>Reads a JSON configuration document and builds it with <paramref name="read"/>.</summary>
    /// <typeparam name="T">What the document describes.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for messages: "SLA policy file".</param>
    /// <param name="read">The <see cref="SlaJson"/> reader.</param>
    /// <returns>The document's value.</returns>
    /// <exception cref="CliException">The file does not exist or cannot be read (exit 2), or the document has problems (exit 1, one line per problem).</exception>
    public static T ReadDocument<T>(string path, string what, Func<string, T> read)
    {
        string json = ReadText(path, what);
        try
        {
            return read(json);
        }
        catch (SlaConfigurationException e)
        {
            throw new CliException(ExitCodes.BadInput, e.Errors.Select(error => path + ": " + error));
        }
        catch (JsonException e)
        {
            throw new CliException(ExitCodes.BadInput, path + ": the file is not valid JSON: " + FirstLine(e.Message));
        }
    }

    /// <summary>Reads a whole text file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for messages.</param>
    /// <returns>The text.</returns>
    /// <exception cref="CliException">The file does not exist or cannot be read (exit 2).</exception>
    public static string ReadText(string path, string what)
    {
        CheckPath(path, what);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw NotReadable(path, what, e);
        }
    }

    /// <summary>Opens a file for reading.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for messages.</param>
    /// <returns>The stream, which the caller disposes.</returns>
    /// <exception cref="CliException">The file does not exist or cannot be read (exit 2).</exception>
    public static FileStream OpenRead(string path, string what)
    {
        CheckPath(path, what);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw NotReadable(path, what, e);
        }
    }

    /// <summary>Returns the first line of a message, without a trailing <c>(Parameter 'x')</c> that <see cref="ArgumentException"/> adds.</summary>
    /// <param name="message">The message.</param>
    /// <returns>Its first line.</returns>
    public static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(new[] { '\r', '\n' });
        return newline < 0 ? message : message.Substring(0, newline);
    }

    private static void CheckPath(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliException(ExitCodes.BadInput, "The " + what + " path must not be empty.");
        }
    }

    private static CliException NotReadable(string path, string what, Exception e)
        => e is FileNotFoundException or DirectoryNotFoundException
            ? new CliException(ExitCodes.FileNotFound, "The " + what + " '" + path + "' does not exist.")
            : new CliException(ExitCodes.FileNotFound, "The " + what + " '" + path + "' cannot be read: " + FirstLine(e.Message));
}
