using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using SlaEngine.Internal;

namespace SlaEngine.Calendars.Engine;

/// <summary>
/// The days of a <see cref="HolidayCalendar"/>: a date is a business day when it is a weekend day of no member and the observed
/// date of no member's holiday; each year's holidays are kept for <see cref="HolidayCalendar.IsHoliday"/> and
/// <see cref="HolidayCalendar.GetHolidays"/>.
/// </summary>
internal sealed class HolidayDaySource : IDaySource
{
    private readonly HolidayRuleSet[] _members;
    private readonly int _weekendMask;

    public HolidayDaySource(HolidayRuleSet[] members, int weekendMask)
    {
        _members = members;
        _weekendMask = weekendMask;
    }

    /// <inheritdoc/>
    [MethodImpl(Jit.Optimized)]
    public void Compile(int firstYear, int lastYear, ulong[] bits, CompiledYear?[]? extras)
    {
        int count = lastYear - firstYear + 1;
        var holidayBits = new ulong[count][];
        var lists = new List<Holiday>[count];
        for (int i = 0; i < count; i++)
        {
            holidayBits[i] = new ulong[YearWords.BitWords];
            lists[i] = new List<Holiday>();
        }

        // Weekend dates a member makes working days: by member, year and slot, the weekday whose hours they get.
        byte[]?[]?[]? working = null;
        var entries = new HolidayRuleSet.EntryList();
        for (int m = 0; m < _members.Length; m++)
        {
            HolidayRuleSet member = _members[m];
            entries.Clear();
            member.Evaluate(firstYear, lastYear, entries);
            HolidayRule[] rules = member.Rules;
            for (int e = 0; e < entries.Count; e++)
            {
                HolidayRuleSet.Entry entry = entries[e];
                IsoDate.ToCivil(entry.Observed, out int y, out int month, out int dayOfMonth);
                int i = y - firstYear;
                int slot = YearWords.Slot(month, dayOfMonth);
                HolidayRule rule = rules[entry.Rule];
                if (rule.Kind == HolidayRuleKind.WorkingDays)
                {
                    working ??= new byte[]?[]?[_members.Length];
                    working[m] ??= new byte[]?[count];
                    (working[m]![i] ??= new byte[YearWords.BitWords * 64])[slot] = (byte)rule.AsWeekday;
                    continue;
                }

                holidayBits[i][slot >> 6] |= 1UL << slot;
                lists[i].Add(new Holiday(rule.Name, IsoDate.FromDayNumber(entry.Observed), IsoDate.FromDayNumber(entry.Actual), rule.LocalName));
            }
        }

        for (int i = 0; i < count; i++)
        {
            int year = firstYear + i;
            int dayOfWeek = (int)IsoDate.DayOfWeek(IsoDate.FirstDayOfYear(year));
            ulong[] holidays = holidayBits[i];
            byte[]? workingWeekdays = null;
            for (int month = 1; month <= 12; month++)
            {
                int days = IsoDate.DaysInMonth(year, month);
                for (int day = 1; day <= days; day++)
                {
                    int slot = YearWords.Slot(month, day);
                    if ((holidays[slot >> 6] & (1UL << slot)) == 0)
                    {
                        byte asWeekday = 0;
                        bool open = working is null ? (_weekendMask & (1 << dayOfWeek)) == 0 : IsOpen(working, i, slot, dayOfWeek, out asWeekday);
                        if (open)
                        {
                            bits[(i * YearWords.BitWords) + (slot >> 6)] |= 1UL << slot;
                            if (asWeekday != 0)
                            {
                                (workingWeekdays ??= new byte[YearWords.BitWords * 64])[slot] = asWeekday;
                            }
                        }
                    }

                    dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
                }
            }

            if (extras is not null)
            {
                List<Holiday> list = lists[i];
                list.Sort();
                for (int j = list.Count - 1; j > 0; j--)
                {
                    if (list[j] == list[j - 1])
                    {
                        list.RemoveAt(j);
                    }
                }

                extras[i] = new CompiledYear(holidays, new ReadOnlyCollection<Holiday>(list), workingWeekdays);
            }
        }
    }

    /// <summary>
    /// Returns whether a date that no member holds a holiday on is open: a weekend day of no member, or made a working day by every
    /// member whose weekend day it is; <paramref name="asWeekday"/> is the weekday whose hours it gets when a member made it a working day.
    /// </summary>
    private bool IsOpen(byte[]?[]?[] working, int i, int slot, int dayOfWeek, out byte asWeekday)
    {
        asWeekday = 0;
        for (int m = 0; m < _members.Length; m++)
        {
            byte made = working[m]?[i]?[slot] ?? 0;
            if ((_members[m].WeekendMask & (1 << dayOfWeek)) != 0)
            {
                if (made == 0)
                {
                    return false;
                }

                asWeekday = asWeekday == 0 ? made : asWeekday;
            }
        }

        return true;
    }
}
