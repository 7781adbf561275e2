using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using SlaEngine.Internal;

namespace SlaEngine.Serialization;

/// <summary>
/// The System.Text.Json converters for SlaEngine's results, so that an API returning an <see cref="Policies.SlaStatus"/> or an
/// <see cref="Uptime.UptimeReport"/> writes ISO-8601 instants and durations in camelCase objects instead of NodaTime's internals.
/// </summary>
/// <remarks>
/// <para>
/// The converters: <see cref="SlaStatusJsonConverter"/> (write only), <see cref="SlaWarningJsonConverter"/>,
/// <see cref="UptimeReportJsonConverter"/>, <see cref="DowntimePeriodJsonConverter"/>, <see cref="CreditResultJsonConverter"/> and
/// <see cref="HolidayJsonConverter"/>; each one's remarks show its shape. Common to all: property names are camelCase and fixed
/// (<see cref="JsonSerializerOptions.PropertyNamingPolicy"/> does not rename them); instants are ISO-8601 in UTC
/// (<c>2026-12-07T21:00:00Z</c>), durations ISO-8601 elapsed time in hours, minutes and seconds (<c>PT26H</c>, <c>-PT5M</c>,
/// never days), dates <c>2026-12-24</c>; decimals are exact JSON numbers; enumerations are their names; a missing value (an instant, a credit's tier) is
/// <c>null</c>, or left out when <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/> ignores nulls. Reading accepts the
/// same shapes (instants with any offset), matches names ignoring case when
/// <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set, skips unknown properties unless
/// <see cref="JsonSerializerOptions.UnmappedMemberHandling"/> disallows them, and throws <see cref="JsonException"/> for anything
/// else. What is written reads back equal, except a status, which cannot be read (see <see cref="SlaStatusJsonConverter"/>).
/// </para>
/// <para>
/// In ASP.NET Core: <c>builder.Services.ConfigureHttpJsonOptions(o => SlaJsonConverters.AddTo(o.SerializerOptions));</c>
/// (minimal APIs) or <c>AddControllers().AddJsonOptions(o => SlaJsonConverters.AddTo(o.JsonSerializerOptions))</c>. With source
/// generation, name the converter types in the context's options, which needs no reflection:
/// <c>[JsonSourceGenerationOptions(Converters = new[] { typeof(SlaStatusJsonConverter), typeof(UptimeReportJsonConverter), … })]</c>,
/// or pass options built with <see cref="AddTo"/> to the context's constructor.
/// </para>
/// <para>All members are thread-safe; the converters are stateless and shared.</para>
/// </remarks>
public static class SlaJsonConverters
{
    private static readonly ReadOnlyCollection<JsonConverter> s_all = Array.AsReadOnly(new JsonConverter[]
    {
        new SlaStatusJsonConverter(),
        new SlaWarningJsonConverter(),
        new UptimeReportJsonConverter(),
        new DowntimePeriodJsonConverter(),
        new CreditResultJsonConverter(),
        new HolidayJsonConverter(),
    });

    private static readonly ReadOnlyCollection<JsonConverter> s_documents = Array.AsReadOnly(new JsonConverter[]
    {
        new HolidayCalendarJsonConverter(),
        new WeeklyScheduleJsonConverter(),
        new DateOverridesJsonConverter(),
        new BusinessCalendarJsonConverter(),
        new SlaPolicyJsonConverter(),
        new CreditScheduleJsonConverter(),
        new UptimePolicyJsonConverter(),
        new UptimeSlaJsonConverter(),
    });

    /// <summary>Gets one instance of every configuration-document converter, each resolving time zones in TZDB.</summary>
    /// <remarks>
    /// In this order: <see cref="HolidayCalendarJsonConverter"/>, <see cref="WeeklyScheduleJsonConverter"/>,
    /// <see cref="DateOverridesJsonConverter"/>, <see cref="BusinessCalendarJsonConverter"/>, <see cref="SlaPolicyJsonConverter"/>,
    /// <see cref="CreditScheduleJsonConverter"/>, <see cref="UptimePolicyJsonConverter"/>, <see cref="UptimeSlaJsonConverter"/>. They
    /// write and read the documents of <see cref="SlaJson"/>, so that policies and calendars embed in larger documents. The same
    /// read-only list every time. <see cref="AddTo"/> adds these as well as the result converters.
    /// </remarks>
    public static IReadOnlyList<JsonConverter> Documents => s_documents;

    /// <summary>Gets one instance of every result converter.</summary>
    /// <remarks>
    /// In this order: <see cref="SlaStatusJsonConverter"/>, <see cref="SlaWarningJsonConverter"/>,
    /// <see cref="UptimeReportJsonConverter"/>, <see cref="DowntimePeriodJsonConverter"/>, <see cref="CreditResultJsonConverter"/>,
    /// <see cref="HolidayJsonConverter"/>. The same read-only list every time; it cannot be cast to an array or changed.
    /// </remarks>
    public static IReadOnlyList<JsonConverter> All => s_all;

    /// <summary>Adds every result converter and every document converter to <paramref name="options"/> that it does not already have (by type), and returns it.</summary>
    /// <param name="options">The options to add to; not yet used for serialization (System.Text.Json makes options read-only on first use).</param>
    /// <returns><paramref name="options"/>, for chaining: <c>SlaJsonConverters.AddTo(new JsonSerializerOptions(JsonSerializerDefaults.Web))</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only: it has been used to serialize or deserialize, or was made read-only.</exception>
    public static JsonSerializerOptions AddTo(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        if (options.IsReadOnly)
        {
            Preconditions.ThrowInvalidOperation("The JSON serializer options are read-only, so converters cannot be added; add them before the options are first used.");
        }

        foreach (JsonConverter converter in s_all)
        {
            if (!Contains(options.Converters, converter.GetType()))
            {
                options.Converters.Add(converter);
            }
        }

        foreach (JsonConverter converter in s_documents)
        {
            if (!Contains(options.Converters, converter.GetType()))
            {
                options.Converters.Add(converter);
            }
        }

        return options;
    }

    private static bool Contains(IList<JsonConverter> converters, Type type)
    {
        foreach (JsonConverter converter in converters)
        {
            if (converter.GetType() == type)
            {
                return true;
            }
        }

        return false;
    }
}
