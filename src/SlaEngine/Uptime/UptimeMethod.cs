namespace SlaEngine.Uptime;

/// <summary>How a period's uptime is computed from per-minute counts.</summary>
public enum UptimeMethod
{
    /// <summary>Not a method; rejected wherever a method is expected.</summary>
    None = 0,

    /// <summary>
    /// Minutes whose error rate is more than the threshold are down; runs of at least the minimum length are Downtime Periods;
    /// uptime is (measured minutes − downtime minutes) ÷ measured minutes. Most API and compute SLAs, and the 002 contract, use
    /// this. This is the default.
    /// </summary>
    DownMinutes = 1,

    /// <summary>
    /// The period is cut into fixed intervals (5 minutes by default); uptime is 1 minus the average of the intervals' error rates,
    /// as object-storage SLAs define it.
    /// </summary>
    AverageErrorRate = 2,
}
