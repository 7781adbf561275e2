using System;
using System.Diagnostics.CodeAnalysis;
using SlaEngine.Calendars;

namespace SlaEngine.Internal;

/// <summary>
/// Receives what a validator finds wrong. The library's validators are written once and shared: the C# API passes
/// <see cref="Throw"/>, which throws the matching exception at the first problem; the configuration reader passes a sink that
/// records each problem at its JSON path and lets the validator go on, so a document's problems are all reported at once.
/// </summary>
/// <remarks>
/// A validator reports every problem it can see, checking later values only where earlier ones leave them meaningful, and
/// tells its caller whether it found any by comparing <see cref="Count"/> before and after. Messages are one invariant-culture
/// sentence that states the rule and shows the value: the same text reaches a C# caller and a configuration author.
/// </remarks>
internal abstract class Problems
{
    /// <summary>Gets the sink of the C# API: it throws at the first problem.</summary>
    public static Problems Throw { get; } = new ThrowingProblems();

    /// <summary>Gets the number of problems reported so far.</summary>
    public abstract int Count { get; }

    /// <summary>Reports that a value is outside its range (<see cref="ArgumentOutOfRangeException"/> in the API).</summary>
    /// <param name="member">The parameter that holds the value, as the API names it; <c>name[3]</c> for an element of a collection parameter.</param>
    /// <param name="actual">The value.</param>
    /// <param name="message">The sentence that states the rule and shows the value.</param>
    public abstract void OutOfRange(string member, object? actual, string message);

    /// <summary>Reports that a value is not valid (<see cref="ArgumentException"/> in the API).</summary>
    /// <param name="member">The parameter that holds the value, as the API names it.</param>
    /// <param name="message">The sentence that states the rule and shows the value.</param>
    public abstract void Invalid(string member, string message);

    /// <summary>
    /// Reports that a holiday rule does not fit the calendar it is in (<see cref="HolidayRuleException"/> in the API): it counts from a
    /// rule the calendar lacks, it is part of a cycle, it shares its name with a rule in effect in the same years.
    /// </summary>
    /// <param name="rule">The rule at fault (the first of them, for rules that share a name).</param>
    /// <param name="member">The rule's property at fault (its factory's parameter name), or <see langword="null"/> for the rule as a whole.</param>
    /// <param name="message">The sentence that states the rule and shows the value.</param>
    public abstract void InRule(HolidayRule rule, string? member, string message);

    private sealed class ThrowingProblems : Problems
    {
        public override int Count => 0;

        [DoesNotReturn]
        public override void OutOfRange(string member, object? actual, string message) => Preconditions.ThrowOutOfRange(Parameter(member), actual, message);

        [DoesNotReturn]
        public override void Invalid(string member, string message) => Preconditions.ThrowArgument(Parameter(member), message);

        /// <summary>Returns the parameter a member names: <c>tiers</c> for <c>tiers[3]</c>.</summary>
        private static string Parameter(string member)
        {
            int bracket = member.IndexOf('[');
            return bracket < 0 ? member : member.Substring(0, bracket);
        }

        [DoesNotReturn]
        public override void InRule(HolidayRule rule, string? member, string message) => throw new HolidayRuleException(rule.Name, message);
    }
}
