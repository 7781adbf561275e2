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

        var entries = new HolidayRuleSet.EntryList();
        foreach (HolidayRuleSet member in _members)
        {
            entries.Clear();
            member.Evaluate(firstYear, lastYear, entries);
            HolidayRule[] rules = member.Rules;
            for (int e = 0; e < entries.Count; e++)
            {
                HolidayRuleSet.Entry entry = entries[e];
                IsoDate.ToCivil(entry.Observed, out int y, out int month, out int dayOfMonth);
                int i = y - firstYear;
                int slot = YearWords.Slot(month, dayOfMonth);
                holidayBits[i][slot >> 6] |= 1UL << slot;
                lists[i].Add(new Holiday(rules[entry.Rule].Name, IsoDate.FromDayNumber(entry.Observed), IsoDate.FromDayNumber(entry.Actual)));
            }
        }

        for (int i = 0; i < count; i++)
        {
            int year = firstYear + i;
            int dayOfWeek = (int)IsoDate.DayOfWeek(IsoDate.FirstDayOfYear(year));
            ulong[] holidays = holidayBits[i];
            for (int month = 1; month <= 12; month++)
            {
                int days = IsoDate.DaysInMonth(year, month);
                for (int day = 1; day <= days; day++)
                {
                    int slot = YearWords.Slot(month, day);
                    if ((_weekendMask & (1 << dayOfWeek)) == 0 && (holidays[slot >> 6] & (1UL << slot)) == 0)
                    {
                        bits[(i * YearWords.BitWords) + (slot >> 6)] |= 1UL << slot;
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

                extras[i] = new CompiledYear(holidays, new ReadOnlyCollection<Holiday>(list));
            }
        }
    }
}
