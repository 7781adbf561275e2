using NodaTime;

namespace SlaEngine.Tests.TestSupport;

/// <summary>One holiday of <see cref="SubstituteHolidayModel"/>.</summary>
/// <param name="Name">The rule's name.</param>
/// <param name="LocalName">The rule's local name, or <see langword="null"/>.</param>
/// <param name="Observed">The observed date.</param>
/// <param name="Actual">The actual date.</param>
public sealed record ModelHoliday(string Name, string? LocalName, LocalDate Observed, LocalDate Actual)
{
    /// <summary>The holiday as "2026-07-03 Name (2026-07-04) [local]", the form the tests compare.</summary>
    public override string ToString() => Format(Name, LocalName, Observed, Actual);

    /// <summary>Formats any holiday as <see cref="ToString"/> does.</summary>
    public static string Format(string name, string? localName, LocalDate observed, LocalDate actual)
        => $"{ReferenceData.Iso(observed)} {name} ({ReferenceData.Iso(actual)})" + (localName is null ? string.Empty : $" [{localName}]");
}
