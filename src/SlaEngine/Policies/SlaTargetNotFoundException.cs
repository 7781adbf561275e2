using System.Collections.Generic;

namespace SlaEngine.Policies;

/// <summary>An <see cref="SlaPolicy"/> has no target for the requested priority and metric.</summary>
public sealed class SlaTargetNotFoundException : KeyNotFoundException
{
    /// <summary>Initializes a new instance of the <see cref="SlaTargetNotFoundException"/> class.</summary>
    /// <param name="policyName">The policy's name.</param>
    /// <param name="priority">The priority asked for.</param>
    /// <param name="metric">The metric asked for.</param>
    /// <param name="message">One sentence saying what is wrong.</param>
    public SlaTargetNotFoundException(string policyName, string priority, SlaMetric metric, string message)
        : base(message)
    {
        PolicyName = policyName;
        Priority = priority;
        Metric = metric;
    }

    /// <summary>Gets the name of the policy that has no such target.</summary>
    public string PolicyName { get; }

    /// <summary>Gets the priority asked for, as the policy spells it.</summary>
    public string Priority { get; }

    /// <summary>Gets the metric asked for.</summary>
    public SlaMetric Metric { get; }
}
