using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SlaEngine.Internal;
using SlaEngine.Uptime;

namespace SlaEngine.Serialization;

/// <summary>Converts an <see cref="UptimeReport"/> to and from JSON with System.Text.Json.</summary>
/// <remarks>
/// <para>
/// The shape is <c>{ "period": { "start": "2026-10-01T00:00:00Z", "end": "2026-11-01T00:00:00Z" }, "method": "DownMinutes",
/// "minutesInPeriod": 44640, "measuredMinutes": 44640, "downtimeMinutes": 50, "excludedMinutes": 30, "downtimePeriods": [ { "start":
/// "2026-10-14T13:02:00Z", "end": "2026-10-14T13:20:00Z", "minutes": 18 }, … ], "uptime": { "numerator": 4459, "denominator":
/// 4464 }, "uptimePercent": 99.887992, "averagedIntervals": 0 }</c>: the period [start, end) as ISO-8601 instants in UTC, the
/// method by name, minute counts as JSON numbers, the downtime periods as <see cref="DowntimePeriodJsonConverter"/> writes them,
/// the exact uptime as a reduced fraction whose integers are JSON numbers of any size, and the percentage rounded toward zero to
/// six decimal places, as <see cref="UptimeReport.UptimePercent"/> has it.
/// </para>
/// <para>
/// Reading needs every property but <c>uptimePercent</c>, which follows from <c>uptime</c> and is ignored. The values must agree
/// as an uptime policy makes them: counts of zero or more, <c>downtimeMinutes</c> the sum of the periods' minutes, an uptime of
/// at most 1, and with <c>AverageErrorRate</c> no downtime, with <c>DownMinutes</c> no averaged intervals. A report read back
/// has the same values as the one written (<see cref="UptimeReport"/> compares by reference, so compare its properties).
/// </para>
/// <para>
/// Register it with <see cref="SlaJsonConverters.AddTo"/>, which adds every result converter. The converter is stateless and
/// thread-safe, uses no reflection, and works in a <see cref="JsonSerializerContext"/> and under NativeAOT. A <see langword="null"/>
/// report is written as <c>null</c> by the serializer, which does not call the converter for it.
/// </para>
/// </remarks>
public sealed class UptimeReportJsonConverter : JsonConverter<UptimeReport>
{
    private const string Owner = "An uptime report";

    // Required first (the first nine), then the derived percentage, which is ignored when read.
    private static readonly string[] s_names =
    {
        "period", "method", "minutesInPeriod", "measuredMinutes", "downtimeMinutes", "excludedMinutes", "downtimePeriods", "uptime",
        "averagedIntervals", "uptimePercent",
    };

    /// <summary>Reads an uptime report.</summary>
    /// <param name="reader">The reader, at the report's object.</param>
    /// <param name="typeToConvert">The type to convert: <see cref="UptimeReport"/>.</param>
    /// <param name="options">The options: property names match ignoring case when <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set, and unknown properties are refused when <see cref="JsonSerializerOptions.UnmappedMemberHandling"/> disallows them (they are skipped otherwise).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The value is not an uptime report object, or a property is missing, repeated or invalid, or the values disagree.</exception>
    public override UptimeReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        ResultJson.StartObject(ref reader, Owner);
        Interval period = default;
        UptimeMethod method = UptimeMethod.None;
        long minutesInPeriod = 0, measuredMinutes = 0, downtimeMinutes = 0, excludedMinutes = 0;
        var periods = new List<DowntimePeriod>();
        ExactRatio uptime = default;
        int averagedIntervals = 0;
        ulong seen = 0;
        while (ResultJson.NextProperty(ref reader, out string name))
        {
            int index = ResultJson.Property(ref reader, name, s_names, ref seen, Owner, options);
            string what = index >= 0 ? ResultJson.What(Owner, s_names[index]) : Owner;
            switch (index)
            {
                case 0:
                    period = ResultJson.ReadInterval(ref reader, Owner, "period", options);
                    break;
                case 1:
                    method = ResultJson.ReadMethod(ref reader, what);
                    break;
                case 2:
                    minutesInPeriod = ResultJson.ReadInt64(ref reader, what, 0, long.MaxValue);
                    break;
                case 3:
                    measuredMinutes = ResultJson.ReadInt64(ref reader, what, 0, long.MaxValue);
                    break;
                case 4:
                    downtimeMinutes = ResultJson.ReadInt64(ref reader, what, 0, long.MaxValue);
                    break;
                case 5:
                    excludedMinutes = ResultJson.ReadInt64(ref reader, what, 0, long.MaxValue);
                    break;
                case 6:
                    ReadPeriods(ref reader, periods, options);
                    break;
                case 7:
                    uptime = ResultJson.ReadRatio(ref reader, Owner, "uptime", options);
                    break;
                case 8:
                    averagedIntervals = ResultJson.ReadInt32(ref reader, what, 0);
                    break;
                case 9:
                    reader.Skip();
                    break;
            }
        }

        ResultJson.Require(seen, 9, s_names, Owner);
        Check(method, downtimeMinutes, periods, uptime, averagedIntervals);
        return new UptimeReport(period, method, minutesInPeriod, measuredMinutes, downtimeMinutes, excludedMinutes, periods.ToArray(), uptime, averagedIntervals);
    }

    /// <summary>Writes an uptime report.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The report.</param>
    /// <param name="options">The options; not used, as a report has no null values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, UptimeReport value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WriteStartObject("period");
        ResultJson.WriteInstant(writer, "start", value.Period.Start);
        ResultJson.WriteInstant(writer, "end", value.Period.End);
        writer.WriteEndObject();
        writer.WriteString("method", ResultJson.Name(value.Method));
        writer.WriteNumber("minutesInPeriod", value.MinutesInPeriod);
        writer.WriteNumber("measuredMinutes", value.MeasuredMinutes);
        writer.WriteNumber("downtimeMinutes", value.DowntimeMinutes);
        writer.WriteNumber("excludedMinutes", value.ExcludedMinutes);
        writer.WriteStartArray("downtimePeriods");
        foreach (DowntimePeriod period in value.DowntimePeriods)
        {
            DowntimePeriodJsonConverter.WritePeriod(writer, period);
        }

        writer.WriteEndArray();
        ResultJson.WriteRatio(writer, "uptime", value.Uptime);
        writer.WriteNumber("uptimePercent", value.UptimePercent);
        writer.WriteNumber("averagedIntervals", value.AveragedIntervals);
        writer.WriteEndObject();
    }

    private static void ReadPeriods(ref Utf8JsonReader reader, List<DowntimePeriod> periods, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ResultJson.Invalid(ref reader, "An uptime report's 'downtimePeriods'", "an array of downtime periods");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string path = "downtimePeriods[" + periods.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            periods.Add(DowntimePeriodJsonConverter.ReadPeriod(ref reader, Owner, path, options));
        }
    }

    private static void Check(UptimeMethod method, long downtimeMinutes, List<DowntimePeriod> periods, ExactRatio uptime, int averagedIntervals)
    {
        long sum = 0;
        foreach (DowntimePeriod period in periods)
        {
            sum = sum > long.MaxValue - period.Minutes ? long.MaxValue : sum + period.Minutes;
        }

        if (downtimeMinutes != sum)
        {
            throw new JsonException(Preconditions.Format(
                "An uptime report's 'downtimeMinutes' must be the sum of its downtime periods' minutes, {0}, was {1}.", sum, downtimeMinutes));
        }

        if (uptime > ExactRatio.One)
        {
            throw new JsonException(Preconditions.Format("An uptime report's 'uptime' must be at most 1, was {0}.", uptime));
        }

        if (method == UptimeMethod.AverageErrorRate && periods.Count > 0)
        {
            throw new JsonException(Preconditions.Format(
                "An uptime report by AverageErrorRate must have no downtime periods, was {0} of them.", periods.Count));
        }

        if (method == UptimeMethod.DownMinutes && averagedIntervals != 0)
        {
            throw new JsonException(Preconditions.Format(
                "An uptime report by DownMinutes must have 0 'averagedIntervals', was {0}.", averagedIntervals));
        }
    }
}
