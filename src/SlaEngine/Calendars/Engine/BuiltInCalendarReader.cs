using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;
using SlaEngine.Internal;
using SlaEngine.Serialization;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// Reads a built-in calendar's embedded holiday-calendar document straight from the assembly image, in one forward pass, for
/// <see cref="HolidayCalendars.Get"/>: the first use of a country must cost well under a millisecond and 100 KiB.
/// </summary>
/// <remarks>
/// <para>
/// The documents are the library's own, so this reader trusts their shape: it knows the properties of the holiday-calendar
/// schema, builds each rule with <see cref="HolidayRule"/>'s factories (which still check the values) and the calendar with
/// <see cref="HolidayRuleSet"/>'s validation, and leaves each rule's <c>source</c> and <c>note</c> in the document until they are
/// asked for (<see cref="EmbeddedText"/>). A property it does not know is an <see cref="InvalidDataException"/>. The tests read
/// every built-in document with the general reader (<see cref="SlaJson.ReadHolidayCalendar"/>), which checks everything, and
/// compare: equal calendars, equal sources and notes.
/// </para>
/// <para>The <c>about</c> object is skipped except for the name and last announced year, which the calendar's messages use.</para>
/// </remarks>
internal static unsafe class BuiltInCalendarReader
{
    /// <summary>Reads the document of <paramref name="id"/> whose UTF-8 bytes are at <paramref name="start"/>.</summary>
    /// <returns>The calendar, the document's <c>about.name</c>, its <c>about.announcedThrough</c>, and its <c>basedOn</c>.</returns>
    /// <exception cref="InvalidDataException">The document has a property this reader does not know.</exception>
    [MethodImpl(Jit.Optimized)]
    public static (HolidayCalendar Calendar, string Name, int? AnnouncedThrough, string? BasedOn) Read(string id, byte* start, int length)
        => Read(id, start, length, HolidayCalendars.Get);

    /// <summary>Reads a document held in an array (tests), resolving its <c>basedOn</c> with <see cref="HolidayCalendars.Get"/>.</summary>
    internal static HolidayCalendar Read(string id, byte[] document)
    {
        fixed (byte* start = document)
        {
            return Read(id, start, document.Length, HolidayCalendars.Get).Calendar;
        }
    }

    /// <summary>Reads the document of <paramref name="id"/>, resolving its <c>basedOn</c> with <paramref name="resolve"/> (the warm-up resolves its own).</summary>
    [MethodImpl(Jit.Optimized)]
    public static (HolidayCalendar Calendar, string Name, int? AnnouncedThrough, string? BasedOn) Read(string id, byte* start, int length, Func<string, HolidayCalendar> resolve)
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(start, length), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var rules = new List<HolidayRule>();
        var dates = new DayBuffer();
        IsoDayOfWeek[]? weekend = null;
        int? first = null;
        int? last = null;
        string? basedOn = null;
        List<string>? without = null;
        string name = id;
        int? announced = null;
        Expect(ref reader, JsonTokenType.StartObject, id);
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("$schema"u8))
            {
                reader.Skip();
            }
            else if (reader.ValueTextEquals("about"u8))
            {
                Expect(ref reader, JsonTokenType.StartObject, id);
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("name"u8))
                    {
                        reader.Read();
                        name = reader.GetString()!;
                    }
                    else if (reader.ValueTextEquals("announcedThrough"u8))
                    {
                        reader.Read();
                        announced = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else if (reader.ValueTextEquals("basedOn"u8))
            {
                Expect(ref reader, JsonTokenType.String, id);
                basedOn = reader.GetString()!;
            }
            else if (reader.ValueTextEquals("without"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray, id);
                without = new List<string>();
                while (Next(ref reader) != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new InvalidDataException("The built-in calendar document '" + id + "' has a rule name in 'without' that is not a string.");
                    }

                    without.Add(reader.GetString()!);
                }
            }
            else if (reader.ValueTextEquals("weekendDays"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray, id);
                var days = new List<IsoDayOfWeek>();
                while (Next(ref reader) == JsonTokenType.String)
                {
                    days.Add(DayOfWeek(ref reader, id));
                }

                weekend = days.ToArray();
            }
            else if (reader.ValueTextEquals("supportedYears"u8))
            {
                Expect(ref reader, JsonTokenType.StartObject, id);
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    bool isFirst = reader.ValueTextEquals("first"u8);
                    reader.Read();
                    if (isFirst)
                    {
                        first = reader.GetInt32();
                    }
                    else
                    {
                        last = reader.GetInt32();
                    }
                }
            }
            else if (reader.ValueTextEquals("rules"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray, id);
                while (Next(ref reader) == JsonTokenType.StartObject)
                {
                    rules.Add(Rule(ref reader, start, dates, id));
                }
            }
            else
            {
                throw Unknown(ref reader, id);
            }
        }

        if (basedOn is not null)
        {
            // A subdivision: its country's rules (less those it leaves out), then its own; the country's weekend and years unless
            // it gives its own.
            HolidayCalendar basis = resolve(basedOn);
            var all = new List<HolidayRule>(basis.Rules.Count + rules.Count);
            foreach (HolidayRule rule in basis.Rules)
            {
                if (without is null || !without.Contains(rule.Name))
                {
                    all.Add(rule);
                }
            }

            if (without is not null)
            {
                for (int i = 0; i < without.Count; i++)
                {
                    if (!basis.HasRule(without[i]) || without.IndexOf(without[i]) != i)
                    {
                        throw new InvalidDataException("The built-in calendar document '" + id + "' leaves out rule '" + without[i] + "', which '" + basedOn + "' does not have or which it names twice.");
                    }
                }
            }

            all.AddRange(rules);
            rules = all;
            weekend ??= ToArray(basis.WeekendDays);
            first ??= basis.FirstSupportedYear;
            last ??= basis.LastSupportedYear;
        }

        return (
            HolidayCalendar.CreateBuiltIn(rules, weekend ?? new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday }, first ?? HolidayCalendar.DefaultFirstSupportedYear, last ?? HolidayCalendar.DefaultLastSupportedYear),
            name,
            announced,
            basedOn);
    }

    [MethodImpl(Jit.Optimized)]
    private static HolidayRule Rule(ref Utf8JsonReader reader, byte* start, DayBuffer dates, string id)
    {
        string? name = null, localName = null, reference = null, endReference = null;
        HolidayRuleKind kind = HolidayRuleKind.None;
        int month = 0, day = 0, occurrence = 0, offset = 0, count = 0;
        HebrewMonth hebrewMonth = HebrewMonth.None;
        LunisolarCalendar lunisolar = LunisolarCalendar.None;
        IsoDayOfWeek dayOfWeek = IsoDayOfWeek.None, asWeekday = IsoDayOfWeek.Monday;
        Observance observance = Observance.None;
        Offset utcOffset = Offset.Zero;
        int[]? moves = null;
        int? fromYear = null, untilYear = null;
        EmbeddedText? source = null, note = null;
        dates.Clear();
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                name = reader.GetString();
            }
            else if (reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                kind = Name(ref reader, DocumentReader.KindNames, DocumentReader.Kinds, id);
            }
            else if (reader.ValueTextEquals("month"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    hebrewMonth = Name(ref reader, DocumentReader.HebrewMonthNames, DocumentReader.HebrewMonths, id);
                }
                else
                {
                    month = reader.GetInt32();
                }
            }
            else if (reader.ValueTextEquals("day"u8))
            {
                reader.Read();
                day = reader.TokenType == JsonTokenType.Null ? 0 : reader.GetInt32();
                if (day == 0 && reader.TokenType != JsonTokenType.Null)
                {
                    throw new InvalidDataException("The built-in calendar document '" + id + "' has a rule whose day is 0.");
                }
            }
            else if (reader.ValueTextEquals("dayOfWeek"u8))
            {
                reader.Read();
                dayOfWeek = DayOfWeek(ref reader, id);
            }
            else if (reader.ValueTextEquals("occurrence"u8))
            {
                reader.Read();
                occurrence = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("offsetDays"u8) || reader.ValueTextEquals("days"u8))
            {
                reader.Read();
                offset = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("count"u8))
            {
                reader.Read();
                count = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("rule"u8) || reader.ValueTextEquals("fromRule"u8))
            {
                reader.Read();
                reference = reader.GetString();
            }
            else if (reader.ValueTextEquals("toRule"u8))
            {
                reader.Read();
                endReference = reader.GetString();
            }
            else if (reader.ValueTextEquals("dates"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray, id);
                while (Next(ref reader) == JsonTokenType.String)
                {
                    dates.Add(IsoDate.ToDayNumber(Date(ref reader, id)));
                }
            }
            else if (reader.ValueTextEquals("asWeekday"u8))
            {
                reader.Read();
                asWeekday = DayOfWeek(ref reader, id);
            }
            else if (reader.ValueTextEquals("calendar"u8))
            {
                reader.Read();
                lunisolar = Name(ref reader, DocumentReader.LunisolarNames, DocumentReader.LunisolarCalendars, id);
            }
            else if (reader.ValueTextEquals("utcOffset"u8))
            {
                reader.Read();
                if (!ConfigText.TryParseUtcOffset(reader.GetString()!, out utcOffset))
                {
                    throw new InvalidDataException("Built-in calendar " + id + ": a utcOffset is not like \"+09:00\".");
                }
            }
            else if (reader.ValueTextEquals("observance"u8))
            {
                reader.Read();
                observance = Name(ref reader, DocumentReader.ObservanceNames, DocumentReader.Observances, id);
            }
            else if (reader.ValueTextEquals("moves"u8))
            {
                Expect(ref reader, JsonTokenType.StartObject, id);
                moves = new int[8];
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    IsoDayOfWeek weekday = DayOfWeek(ref reader, id);
                    reader.Read();
                    moves[(int)weekday] = reader.GetInt32();
                }
            }
            else if (reader.ValueTextEquals("fromYear"u8))
            {
                reader.Read();
                fromYear = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("untilYear"u8))
            {
                reader.Read();
                untilYear = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("localName"u8))
            {
                reader.Read();
                localName = reader.GetString();
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                reader.Read();
                source = Text(ref reader, start);
            }
            else if (reader.ValueTextEquals("note"u8))
            {
                reader.Read();
                note = Text(ref reader, start);
            }
            else
            {
                throw Unknown(ref reader, id);
            }
        }

        if (name is null)
        {
            throw new InvalidDataException("Built-in calendar " + id + " has a rule without a name.");
        }

        HolidayRule rule = kind switch
        {
            HolidayRuleKind.Fixed => HolidayRule.Fixed(name, month, day),
            HolidayRuleKind.NthWeekday => day == 0 ? HolidayRule.NthWeekday(name, month, dayOfWeek, occurrence) : HolidayRule.NthWeekday(name, month, dayOfWeek, occurrence, day),
            HolidayRuleKind.Easter => HolidayRule.Easter(name, offset),
            HolidayRuleKind.OrthodoxEaster => HolidayRule.OrthodoxEaster(name, offset),
            HolidayRuleKind.DaysAfter => HolidayRule.DaysAfter(name, reference!, offset),
            HolidayRuleKind.BusinessDaysBefore => HolidayRule.BusinessDaysBefore(name, reference!, count),
            HolidayRuleKind.BusinessDaysAfter => HolidayRule.BusinessDaysAfter(name, reference!, count),
            HolidayRuleKind.BusinessDaysBetween => HolidayRule.BusinessDaysBetween(name, reference!, endReference!),
            HolidayRuleKind.Dates => HolidayRule.FromDayNumbers(name, dates.Days, dates.Count),
            HolidayRuleKind.Lunisolar => HolidayRule.Lunisolar(name, lunisolar, month, day, offset),
            HolidayRuleKind.Hebrew => HolidayRule.Hebrew(name, hebrewMonth, day, offset),
            HolidayRuleKind.Equinox => HolidayRule.Equinox(name, month, utcOffset),
            HolidayRuleKind.DayBetweenHolidays => HolidayRule.DayBetweenHolidays(name),
            HolidayRuleKind.WorkingDays => HolidayRule.FromDayNumbers(name, dates.Days, dates.Count, asWeekday),
            _ => throw new InvalidDataException("Built-in calendar " + id + ": rule '" + name + "' has no kind."),
        };
        return rule.CompleteBuiltIn(observance, moves, fromYear, untilYear, localName, source, note);
    }

    private static IsoDayOfWeek[] ToArray(IReadOnlyList<IsoDayOfWeek> days)
    {
        var array = new IsoDayOfWeek[days.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = days[i];
        }

        return array;
    }

    /// <summary>Reads the next token, skipping nothing; returns its type.</summary>
    [MethodImpl(Jit.Optimized)]
    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string id)
    {
        if (Next(ref reader) != type)
        {
            throw new InvalidDataException("Built-in calendar " + id + ": expected " + type + " at byte " + reader.TokenStartIndex + ", was " + reader.TokenType + ".");
        }
    }

    private static InvalidDataException Unknown(ref Utf8JsonReader reader, string id)
        => new("Built-in calendar " + id + " has the property '" + reader.GetString() + "', which the built-in reader does not know.");

    /// <summary>The string token the reader is on, left in the document: its quotes and escapes included.</summary>
    [MethodImpl(Jit.Optimized)]
    private static EmbeddedText Text(ref Utf8JsonReader reader, byte* start)
    {
        // The raw value lies between the quotes; TokenStartIndex is the opening quote.
        int length = (reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length) + 2;
        return new EmbeddedText(start + reader.TokenStartIndex, length);
    }

    [MethodImpl(Jit.Optimized)]
    private static T Name<T>(ref Utf8JsonReader reader, string[] names, T[] values, string id)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return values[i];
            }
        }

        throw new InvalidDataException("Built-in calendar " + id + ": unknown name '" + reader.GetString() + "'.");
    }

    private static IsoDayOfWeek DayOfWeek(ref Utf8JsonReader reader, string id) => Name(ref reader, DocumentReader.DayNames, DocumentReader.Days, id);

    /// <summary>Reads a <c>yyyy-MM-dd</c> date without allocating.</summary>
    [MethodImpl(Jit.Optimized)]
    private static LocalDate Date(ref Utf8JsonReader reader, string id)
    {
        ReadOnlySpan<byte> text = reader.ValueSpan;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            throw new InvalidDataException("Built-in calendar " + id + ": '" + reader.GetString() + "' is not a yyyy-MM-dd date.");
        }

        return new LocalDate(Digits(text.Slice(0, 4)), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)));
    }

    [MethodImpl(Jit.Optimized)]
    private static int Digits(ReadOnlySpan<byte> text)
    {
        int value = 0;
        foreach (byte b in text)
        {
            value = (value * 10) + (b - (byte)'0');
        }

        return value;
    }

    /// <summary>A growable buffer of day numbers, reused rule after rule (an <see cref="int"/> array: no code compiled for a list of dates).</summary>
    private sealed class DayBuffer
    {
        public int[] Days { get; private set; } = new int[64];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        [MethodImpl(Jit.Optimized)]
        public void Add(int day)
        {
            if (Count == Days.Length)
            {
                var larger = new int[Days.Length * 2];
                Array.Copy(Days, larger, Count);
                Days = larger;
            }

            Days[Count++] = day;
        }
    }
}
