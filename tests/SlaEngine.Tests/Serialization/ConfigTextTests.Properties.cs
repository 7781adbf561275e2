using System.Globalization;
using System.Numerics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SlaEngine.Serialization;
using Xunit;

namespace SlaEngine.Tests.Serialization;

/// <summary>Durations in both text forms: round trips over the whole range, and the ISO grammar against a model.</summary>
public sealed partial class ConfigTextTests
{
    /// <summary>1,000,000 hours, the longest duration the text forms read.</summary>
    private const long MaxNanos = 1_000_000L * Hour;

    /// <summary>Durations in [0, 1,000,000 hours], often with zero components and short fractions.</summary>
    private static Gen<long> InRangeNanos =>
        from hours in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 30)), (3, Gen.Choose(0, 1_000_000)))
        from minutes in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 59)))
        from seconds in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 59)))
        from fraction in Gen.Frequency(
            (2, Gen.Constant(0)),
            (1, Gen.Choose(1, 9).Select(tenths => tenths * 100_000_000)),
            (1, Gen.Choose(1, 999).Select(millis => millis * 1_000_000)),
            (2, Gen.Choose(1, 999_999_999)))
        let nanos = (hours * Hour) + (minutes * Minute) + (seconds * Second) + fraction
        select nanos > MaxNanos ? MaxNanos - (nanos - MaxNanos) : nanos;   // mirror the few past the end back into range

    // Both writers' texts read back as the same duration, and the two forms agree.
    [Fact]
    public void FormatIsoDuration_AnyDurationInRange_RoundTripsAndAgreesWithTheLibraryForm()
    {
        Prop.ForAll(InRangeNanos.ToArbitrary(), nanos =>
        {
            Duration duration = Duration.FromNanoseconds(nanos);
            string iso = ConfigText.FormatIsoDuration(duration);
            string library = ConfigText.FormatDuration(duration);
            DurationParseResult isoResult = ConfigText.ParseDuration(iso, out Duration fromIso);
            DurationParseResult libraryResult = ConfigText.ParseDuration(library, out Duration fromLibrary);
            Assert.True(
                isoResult == DurationParseResult.Parsed && libraryResult == DurationParseResult.Parsed && fromIso == duration && fromLibrary == duration,
                string.Create(CultureInfo.InvariantCulture, $"{nanos} ns: \"{iso}\" read {isoResult} {fromIso.ToBigIntegerNanoseconds()}, \"{library}\" read {libraryResult} {fromLibrary.ToBigIntegerNanoseconds()}"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000));
    }

    // The ends of the range, which the generator reaches rarely.
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(MaxNanos - 1)]
    [InlineData(MaxNanos)]
    public void FormatIsoDuration_RangeEnds_RoundTrip(long nanos)
    {
        Assert.Equal(DurationParseResult.Parsed, ConfigText.ParseDuration(ConfigText.FormatIsoDuration(Duration.FromNanoseconds(nanos)), out Duration duration));
        Assert.Equal(Duration.FromNanoseconds(nanos), duration);
    }

    /// <summary>One ISO text built from components, and what a reader must make of it.</summary>
    /// <param name="Text">The text.</param>
    /// <param name="Expected">The result the reader must return.</param>
    /// <param name="Nanos">The value by exact arithmetic when <paramref name="Expected"/> is Parsed, else zero.</param>
    private sealed record IsoCase(string Text, DurationParseResult Expected, BigInteger Nanos)
    {
        /// <summary>The case, for FsCheck's failure reports.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"\"{Text}\" -> {Expected} {Nanos}");
    }

    /// <summary>
    /// Texts <c>P[nD]T[nH][nM][n[.f]S]</c> with numbers up to twice the range and more, fractions of one to ten digits,
    /// designators in either case, any component missing (all of them, sometimes), and sometimes days in front; the
    /// model sums the components with big integers.
    /// </summary>
    private static Gen<IsoCase> IsoCases =>
        from hours in Gen.Frequency((2, Gen.Constant(-1)), (2, Gen.Choose(0, 40)), (1, Gen.Choose(0, 2_000_000)))
        from minutes in Gen.Frequency((2, Gen.Constant(-1)), (2, Gen.Choose(0, 59)), (1, Gen.Choose(0, int.MaxValue)))
        from seconds in Gen.Frequency((2, Gen.Constant(-1)), (2, Gen.Choose(0, 59)), (1, Gen.Choose(0, int.MaxValue)))
        from fraction in Gen.Frequency((2, Gen.Constant(string.Empty)), (3, Gen.Choose(1, 10).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n).Select(d => string.Concat(d)))))
        from lower in Gen.ArrayOf(Gen.Elements(false, true), 6)
        from days in Gen.Frequency((6, Gen.Constant(-1)), (1, Gen.Choose(0, 9)))
        select Build(hours, minutes, seconds, fraction, lower, days);

    private static IsoCase Build(int hours, int minutes, int seconds, string fraction, bool[] lower, int days)
    {
        string Letter(char c, int i) => lower[i] ? char.ToLowerInvariant(c).ToString() : c.ToString();
        var text = new StringBuilder(Letter('P', 0));
        if (days >= 0)
        {
            text.Append(days.ToString(CultureInfo.InvariantCulture)).Append(Letter('D', 5));
        }

        text.Append(Letter('T', 1));
        BigInteger nanos = 0;
        bool any = false;
        bool fine = true;
        if (hours >= 0)
        {
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append(Letter('H', 2));
            nanos += hours * (BigInteger)Hour;
            any = true;
        }

        if (minutes >= 0)
        {
            text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append(Letter('M', 3));
            nanos += minutes * (BigInteger)Minute;
            any = true;
        }

        if (seconds >= 0)
        {
            text.Append(seconds.ToString(CultureInfo.InvariantCulture));
            nanos += seconds * (BigInteger)Second;
            if (fraction.Length > 0)
            {
                // The fraction's digits as nanoseconds: "25" is 250,000,000.
                text.Append('.').Append(fraction);
                fine = fraction.Length <= 9;
                nanos += fine ? BigInteger.Parse(fraction.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
            }

            text.Append(Letter('S', 4));
            any = true;
        }

        DurationParseResult expected = !any || !fine ? DurationParseResult.Invalid
            : days >= 0 ? DurationParseResult.DateBased
            : nanos > MaxNanos ? DurationParseResult.Invalid
            : DurationParseResult.Parsed;
        return new IsoCase(text.ToString(), expected, expected == DurationParseResult.Parsed ? nanos : BigInteger.Zero);
    }

    // Any such text is read exactly as the model sums it, or refused as the model refuses it; with days it is DateBased
    // whenever its time part is well-formed, however long.
    [Fact]
    public void ParseDuration_GeneratedIsoText_MatchesTheModel()
    {
        Prop.ForAll(IsoCases.ToArbitrary(), c =>
        {
            DurationParseResult result = ConfigText.ParseDuration(c.Text, out Duration duration);
            Assert.True(result == c.Expected && duration.ToBigIntegerNanoseconds() == c.Nanos, string.Create(CultureInfo.InvariantCulture, $"{c}: read {result} {duration.ToBigIntegerNanoseconds()}"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000));
    }
}
