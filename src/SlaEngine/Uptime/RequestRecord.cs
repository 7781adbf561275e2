using NodaTime;

namespace SlaEngine.Uptime;

/// <summary>One valid request as a log records it: when it arrived and whether it failed with a server error.</summary>
/// <remarks>
/// Requests that do not count for the SLA (invalid, or excluded by the contract) are left out by the caller before counting.
/// <see cref="MinuteSamples.Accumulate(System.ReadOnlySpan{RequestRecord}, Instant, System.Span{int}, System.Span{int})"/> turns records into per-minute counts. The default value is a successful request at the
/// Unix epoch.
/// </remarks>
public readonly struct RequestRecord
{
    /// <summary>Initializes a record.</summary>
    /// <param name="at">When the request arrived.</param>
    /// <param name="isError">Whether the request failed with a server error.</param>
    public RequestRecord(Instant at, bool isError)
    {
        At = at;
        IsError = isError;
    }

    /// <summary>Gets when the request arrived.</summary>
    public Instant At { get; }

    /// <summary>Gets whether the request failed with a server error.</summary>
    public bool IsError { get; }
}
