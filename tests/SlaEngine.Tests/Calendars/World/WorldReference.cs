using System.Globalization;
using NodaTime;
using SlaEngine.Calendars;

namespace SlaEngine.Tests.Calendars.World;

/// <summary>
/// Checks a national calendar against the independent reference data in <c>data/world/</c> (see its README): for every year with
/// two or more sources inside the calendar's supported years, every consensus date is a holiday (and on a workday not a business
/// day), every workday no source lists is a business day, and every disagreement falls under exactly one decision of
/// <c>data/world/decisions/&lt;id&gt;.csv</c> that the calendar holds. Where every source agrees and a statute or gazette says
/// otherwise, an erratum (<c>data/world/errata/&lt;id&gt;.csv</c>, the same columns, a reason required) says what the calendar holds
/// instead; the errata are listed in the README as known departures from the reference data. Shared by the tests and tools/WorldCheck.
/// </summary>
internal static class WorldReference
{
    /// <summary>Returns every mismatch of <paramref name="calendar"/> (the calendar of <paramref name="id"/>) against the data under <paramref name="folder"/>.</summary>
    public static List<string> Check(string folder, string id, HolidayCalendar calendar)
    {
        var problems = new List<string>();
        Dictionary<int, int> sourcesByYear = SourceYears(folder, id);
        List<Row> consensus = ReadRows(Path.Combine(folder, "consensus", id + ".csv"));
        List<Row> disagreements = ReadRows(Path.Combine(folder, "disagreements", id + ".csv"));
        string decisionsPath = Path.Combine(folder, "decisions", id + ".csv");
        List<Decision> decisions = File.Exists(decisionsPath) ? ReadDecisions(decisionsPath, problems) : new List<Decision>();
        if (!File.Exists(decisionsPath))
        {
            problems.Add("no decisions file " + decisionsPath);
        }

        // Errata: dates where every available source agrees and the statute says otherwise; the calendar follows the statute.
        string errataPath = Path.Combine(folder, "errata", id + ".csv");
        List<Decision> errata = File.Exists(errataPath) ? ReadDecisions(errataPath, problems, requireReason: true) : new List<Decision>();
        Decision? ErratumFor(LocalDate date, string? name)
            => errata.FirstOrDefault(e => e.Date == date && e.Covers(date.Year))
               ?? (name is null ? null : errata.FirstOrDefault(e => e.Date is null && string.Equals(e.Match, name, StringComparison.OrdinalIgnoreCase) && e.Covers(date.Year)));

        bool InRange(int year) => year >= calendar.FirstSupportedYear && year <= calendar.LastSupportedYear && sourcesByYear.TryGetValue(year, out int n) && n >= 2;
        var holidaysByYear = new Dictionary<int, IReadOnlyList<Holiday>>();
        bool IsHolidayDate(LocalDate date)
        {
            foreach (int year in new[] { date.Year - 1, date.Year, date.Year + 1 })
            {
                if (year < calendar.FirstSupportedYear || year > calendar.LastSupportedYear)
                {
                    continue;
                }

                if (!holidaysByYear.TryGetValue(year, out IReadOnlyList<Holiday>? list))
                {
                    list = calendar.GetHolidays(year);
                    holidaysByYear[year] = list;
                }

                if (list.Any(h => h.Date == date || h.ActualDate == date))
                {
                    return true;
                }
            }

            return false;
        }

        bool IsWeekend(LocalDate date) => calendar.WeekendDays.Contains(date.DayOfWeek);

        void CheckDecided(Row row, Decision decision, string what)
        {
            decision.Used = true;
            bool holiday = IsHolidayDate(row.Date);
            if (decision.IsHoliday && !holiday)
            {
                problems.Add(Format(row.Date) + " " + what + " '" + row.Name + "': decided holiday (" + decision.Describe() + "), but the calendar has no holiday there");
            }
            else if (decision.IsHoliday && !IsWeekend(row.Date) && calendar.IsBusinessDay(row.Date))
            {
                problems.Add(Format(row.Date) + " " + what + " '" + row.Name + "': decided holiday, but it is a business day");
            }
            else if (!decision.IsHoliday && !IsWeekend(row.Date) && !calendar.IsBusinessDay(row.Date))
            {
                problems.Add(Format(row.Date) + " " + what + " '" + row.Name + "': decided workday (" + decision.Describe() + "), but it is not a business day");
            }
            else if (!decision.IsHoliday && IsWeekend(row.Date) && calendar.GetHolidays(row.Date.Year).Any(h => h.Date == row.Date))
            {
                problems.Add(Format(row.Date) + " " + what + " '" + row.Name + "': decided workday, but a holiday is observed on this weekend date");
            }

            if (decision.Rule.Length > 0)
            {
                HolidayRule? rule = calendar.Rules.FirstOrDefault(r => r.Name == decision.Rule && r.Note is not null);
                if (rule is null)
                {
                    problems.Add(what + " '" + decision.Describe() + "' names rule '" + decision.Rule + "', but the calendar has no rule of that name with a note");
                }
            }
            else if (decision.Reason.Length == 0)
            {
                problems.Add(what + " '" + decision.Describe() + "' has neither a rule (whose note gives the reason) nor a reason");
            }
        }

        var listed = new HashSet<LocalDate>();
        foreach (Row row in consensus)
        {
            listed.Add(row.Date);
            if (!InRange(row.Date.Year))
            {
                continue;
            }

            if (ErratumFor(row.Date, row.Name) is Decision erratum)
            {
                CheckDecided(row, erratum, "erratum");
                continue;
            }

            if (!IsHolidayDate(row.Date))
            {
                problems.Add(Format(row.Date) + " consensus '" + row.Name + "': not a holiday (date or actual date) of the calendar");
            }
            else if (!IsWeekend(row.Date) && calendar.IsBusinessDay(row.Date))
            {
                problems.Add(Format(row.Date) + " consensus '" + row.Name + "' on a workday: is a business day");
            }
        }

        foreach (Row row in disagreements)
        {
            listed.Add(row.Date);
            if (!InRange(row.Date.Year))
            {
                continue;
            }

            Decision? decision = decisions.FirstOrDefault(d => d.Date == row.Date && d.Covers(row.Date.Year))
                ?? decisions.FirstOrDefault(d => d.Date is null && string.Equals(d.Match, row.Name, StringComparison.OrdinalIgnoreCase) && d.Covers(row.Date.Year));
            if (decision is null)
            {
                problems.Add(Format(row.Date) + " disagreement '" + row.Name + "' (" + row.Cause + ", " + row.Votes + "): no decision");
                continue;
            }

            CheckDecided(row, decision, "disagreement");
        }

        foreach (int year in sourcesByYear.Where(p => p.Value >= 2).Select(p => p.Key).Where(InRange).OrderBy(y => y))
        {
            for (LocalDate date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
            {
                if (!IsWeekend(date) && !listed.Contains(date) && ErratumFor(date, null) is Decision erratum)
                {
                    CheckDecided(new Row(date, "(listed by no source)", string.Empty, string.Empty), erratum, "erratum");
                }
                else if (!IsWeekend(date) && !listed.Contains(date) && !calendar.IsBusinessDay(date))
                {
                    string names = string.Join(", ", calendar.GetHolidays(year).Where(h => h.Date == date).Select(h => h.Name));
                    problems.Add(Format(date) + " unlisted workday: not a business day (" + (names.Length > 0 ? names : "a working-day or weekend rule") + ")");
                }
            }
        }

        foreach (Decision decision in decisions.Where(d => !d.Used))
        {
            problems.Add("decision '" + decision.Describe() + "' matches no disagreement inside the supported years (remove it or fix its match)");
        }

        foreach (Decision erratum in errata.Where(d => !d.Used))
        {
            problems.Add("erratum '" + erratum.Describe() + "' matches no consensus date or unlisted workday inside the supported years");
        }

        return problems;
    }

    /// <summary>The number of sources available each year for <paramref name="id"/>.</summary>
    public static Dictionary<int, int> SourceYears(string folder, string id)
    {
        var counts = new Dictionary<int, int>();
        foreach (string line in File.ReadLines(Path.Combine(folder, "source_years.csv")).Skip(1))
        {
            string[] f = line.Split(',');
            if (f.Length < 3 || f[0] != id)
            {
                continue;
            }

            foreach (string part in f[2].Split(';'))
            {
                string[] ends = part.Split('-');
                int from = int.Parse(ends[0], CultureInfo.InvariantCulture);
                int to = ends.Length > 1 ? int.Parse(ends[1], CultureInfo.InvariantCulture) : from;
                for (int y = from; y <= to; y++)
                {
                    counts[y] = counts.TryGetValue(y, out int n) ? n + 1 : 1;
                }
            }
        }

        return counts;
    }

    private static string Format(LocalDate date) => date.ToString("uuuu-MM-dd ddd", CultureInfo.InvariantCulture);

    private static List<Row> ReadRows(string path)
    {
        var rows = new List<Row>();
        if (!File.Exists(path))
        {
            return rows;
        }

        string[] lines = File.ReadAllLines(path);
        string[] header = SplitCsv(lines[0]).ToArray();
        int date = Array.IndexOf(header, "date");
        int name = Array.IndexOf(header, "name");
        int cause = Array.IndexOf(header, "cause");
        int votes = Array.IndexOf(header, "votes");
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            List<string> f = SplitCsv(line);
            rows.Add(new Row(
                LocalDate.FromDateTime(DateTime.ParseExact(f[date], "yyyy-MM-dd", CultureInfo.InvariantCulture)),
                f[name],
                cause >= 0 ? f[cause] : string.Empty,
                votes >= 0 ? f[votes] : string.Empty));
        }

        return rows;
    }

    private static List<Decision> ReadDecisions(string path, List<string> problems, bool requireReason = false)
    {
        var decisions = new List<Decision>();
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != "match,years,decision,rule,reason")
        {
            problems.Add(path + ": the header must be 'match,years,decision,rule,reason'");
            return decisions;
        }

        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            List<string> f = SplitCsv(lines[i]);
            if (f.Count != 5 || (f[2] != "holiday" && f[2] != "workday"))
            {
                problems.Add(path + " line " + (i + 1) + ": expected 5 fields with decision 'holiday' or 'workday': " + lines[i]);
                continue;
            }

            int from = int.MinValue;
            int to = int.MaxValue;
            if (f[1].Length > 0)
            {
                string[] ends = f[1].Split('-');
                if (ends.Length != 2 || (ends[0].Length > 0 && !int.TryParse(ends[0], out from)) || (ends[1].Length > 0 && !int.TryParse(ends[1], out to)))
                {
                    problems.Add(path + " line " + (i + 1) + ": years must be YYYY-YYYY, YYYY- or -YYYY, was " + f[1]);
                    continue;
                }

                from = ends[0].Length > 0 ? from : int.MinValue;
                to = ends[1].Length > 0 ? to : int.MaxValue;
            }

            if (requireReason && f[4].Trim().Length == 0)
            {
                problems.Add(path + " line " + (i + 1) + ": an erratum departs from every source, so it must give the statute or gazette it follows as its reason: " + lines[i]);
                continue;
            }

            LocalDate? date = DateTime.TryParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed)
                ? LocalDate.FromDateTime(parsed)
                : null;
            decisions.Add(new Decision(f[0], date, from, to, f[2] == "holiday", f[3].Trim(), f[4].Trim()));
        }

        return decisions;
    }

    /// <summary>Splits one CSV line (RFC 4180 quotes).</summary>
    public static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private sealed record Row(LocalDate Date, string Name, string Cause, string Votes);

    private sealed class Decision
    {
        public Decision(string match, LocalDate? date, int from, int to, bool isHoliday, string rule, string reason)
        {
            Match = match;
            Date = date;
            From = from;
            To = to;
            IsHoliday = isHoliday;
            Rule = rule;
            Reason = reason;
        }

        public string Match { get; }

        public LocalDate? Date { get; }

        public int From { get; }

        public int To { get; }

        public bool IsHoliday { get; }

        public string Rule { get; }

        public string Reason { get; }

        public bool Used { get; set; }

        public bool Covers(int year) => year >= From && year <= To;

        public string Describe() => Match + (From == int.MinValue && To == int.MaxValue ? string.Empty : " " + (From == int.MinValue ? string.Empty : From.ToString(CultureInfo.InvariantCulture)) + "-" + (To == int.MaxValue ? string.Empty : To.ToString(CultureInfo.InvariantCulture))) + " → " + (IsHoliday ? "holiday" : "workday");
    }
}
