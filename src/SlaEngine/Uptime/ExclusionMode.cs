namespace SlaEngine.Uptime;

/// <summary>When excluded intervals (scheduled maintenance, causes outside the provider's control) are taken out of downtime.</summary>
public enum ExclusionMode
{
    /// <summary>Not a mode; rejected wherever a mode is expected.</summary>
    None = 0,

    /// <summary>
    /// Excluded minutes are treated as up before down minutes are grouped into Downtime Periods, so an exclusion splits a run:
    /// a 12-minute outage with 4 minutes of maintenance inside leaves runs of the remaining minutes, each of which must reach the
    /// minimum run on its own. This is the default.
    /// </summary>
    BeforeGrouping = 1,

    /// <summary>
    /// Down minutes are grouped into Downtime Periods first, ignoring exclusions; then each period's excluded minutes are
    /// subtracted from its downtime. The 12-minute outage above is one period of 8 downtime minutes when the minimum run is 10.
    /// </summary>
    AfterGrouping = 2,
}
