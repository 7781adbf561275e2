using System;
using System.Collections.Generic;
using System.Linq;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>
/// A JSON configuration document could not be read: it is not JSON, or values have the wrong type, are out of range or refer to
/// things that do not exist. <see cref="Errors"/> lists every problem found, each with its JSON path.
/// </summary>
/// <remarks>
/// Reading checks the whole document before building anything, so one exception reports all the problems and nothing
/// half-built is ever returned. The <see cref="Exception.Message"/> is a count followed by one line per problem:
/// <code>
/// The configuration document has 2 problems:
/// $.zone: Expected a time zone id from the TZDB database, such as "America/New_York", was "Mars/Olympus".
/// $.schedule.monday[1]: Expected hours that do not overlap 09:00-17:00, was 12:00-18:00.
/// </code>
/// </remarks>
public sealed class SlaConfigurationException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="SlaConfigurationException"/> class.</summary>
    /// <param name="errors">The problems found, in the order the reader found them; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public SlaConfigurationException(IEnumerable<SlaConfigurationError> errors)
        : this(Check(errors))
    {
    }

    private SlaConfigurationException(SlaConfigurationError[] errors)
        : base(Describe(errors))
    {
        Errors = Array.AsReadOnly(errors);
    }

    /// <summary>Gets every problem found, in the order the reader found them (a document's properties in the order its format lists them).</summary>
    public IReadOnlyList<SlaConfigurationError> Errors { get; }

    private static SlaConfigurationError[] Check(IEnumerable<SlaConfigurationError> errors)
    {
        var list = Preconditions.CheckNotNull(errors, nameof(errors)).ToArray();
        if (list.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(errors), "A configuration exception must list at least one problem, was an empty list.");
        }

        foreach (var error in list)
        {
            if (error is null)
            {
                Preconditions.ThrowArgument(nameof(errors), "A configuration exception's problems must not be null, was a null element.");
            }
        }

        return list;
    }

    private static string Describe(SlaConfigurationError[] errors)
        => Preconditions.Format("The configuration document has {0} problem{1}:", errors.Length, errors.Length == 1 ? string.Empty : "s")
           + string.Concat(errors.Select(e => "\n" + e));
}
