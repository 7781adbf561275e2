namespace SlaEngine.Cli;

/// <summary>The process exit codes of the <c>sla</c> tool, as <c>--help</c> documents them.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and printed its result.</summary>
    public const int Success = 0;

    /// <summary>Bad input or usage: an unknown or missing option, a malformed value, an invalid document or CSV, or a question the policy cannot answer.</summary>
    public const int BadInput = 1;

    /// <summary>An input file does not exist or cannot be read.</summary>
    public const int FileNotFound = 2;

    /// <summary>An unexpected failure: a bug in the tool or the library.</summary>
    public const int InternalError = 3;
}
