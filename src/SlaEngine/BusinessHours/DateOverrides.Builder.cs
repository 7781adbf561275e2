using System;
using System.Collections.Generic;
using NodaTime;
using SlaEngine.Internal;

namespace SlaEngine.BusinessHours;

/// <content>The builder of <see cref="DateOverrides"/>.</content>
public sealed partial class DateOverrides
{
    /// <summary>
    /// A mutable set of date overrides, to build <see cref="DateOverrides"/> with many dates at once: each change costs
    /// O(1) on average (plus the date's own hours), and <see cref="ToOverrides"/> sorts once.
    /// </summary>
    /// <remarks>
    /// The methods mean what the <see cref="DateOverrides"/> methods of the same names mean, but change the builder and return
    /// it, so calls chain. A builder is not thread-safe; the overrides it builds are.
    /// </remarks>
    public sealed class Builder
    {
        private readonly Dictionary<LocalDate, OpenInterval[]> _hours;

        internal Builder(DateOverrides start)
        {
            _hours = new Dictionary<LocalDate, OpenInterval[]>(start.Count);
            foreach ((LocalDate date, OpenInterval[] hours) in start.Entries())
            {
                _hours.Add(date, hours);
            }
        }

        /// <summary>Gets the number of dates with an override so far.</summary>
        public int Count => _hours.Count;

        /// <summary>Closes <paramref name="date"/> all day, replacing any hours it had.</summary>
        /// <param name="date">An ISO date.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
        public Builder Closed(LocalDate date)
        {
            Preconditions.CheckIso(date, nameof(date));
            _hours[date] = s_closed;
            return this;
        }

        /// <summary>Opens <paramref name="date"/> from <paramref name="open"/> to <paramref name="close"/>, in addition to its other override hours (an earlier <see cref="Closed"/> is replaced).</summary>
        /// <param name="date">An ISO date.</param>
        /// <param name="open">The opening time.</param>
        /// <param name="close">The closing time, after <paramref name="open"/>; <see cref="LocalTime.Midnight"/> means 24:00.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">
        /// <paramref name="date"/> is not in the ISO calendar, <paramref name="close"/> is not after <paramref name="open"/>, or a time is not a whole number of ticks.
        /// </exception>
        public Builder Hours(LocalDate date, LocalTime open, LocalTime close)
        {
            Preconditions.CheckIso(date, nameof(date));
            var interval = new OpenInterval(open, close);
            _hours[date] = _hours.TryGetValue(date, out OpenInterval[]? existing) ? WeeklySchedule.Merge(existing, interval) : new[] { interval };
            return this;
        }

        /// <summary>Gives <paramref name="date"/> exactly <paramref name="hours"/>, replacing any override it had.</summary>
        /// <param name="date">An ISO date.</param>
        /// <param name="hours">The hours; empty closes the date. Intervals that overlap or touch merge.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="hours"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
        public Builder Set(LocalDate date, IEnumerable<OpenInterval> hours)
        {
            Preconditions.CheckIso(date, nameof(date));
            Preconditions.CheckNotNull(hours, nameof(hours));
            _hours[date] = WeeklySchedule.Merge(hours);
            return this;
        }

        /// <summary>Removes the override of <paramref name="date"/>, if it has one.</summary>
        /// <param name="date">An ISO date.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
        public Builder Remove(LocalDate date)
        {
            Preconditions.CheckIso(date, nameof(date));
            _hours.Remove(date);
            return this;
        }

        /// <summary>Returns the overrides built so far; the builder can go on changing without affecting them.</summary>
        /// <returns>The overrides; <see cref="Empty"/> when there are none.</returns>
        public DateOverrides ToOverrides()
        {
            if (_hours.Count == 0)
            {
                return Empty;
            }

            var dates = new LocalDate[_hours.Count];
            var hours = new OpenInterval[_hours.Count][];
            int i = 0;
            foreach (KeyValuePair<LocalDate, OpenInterval[]> pair in _hours)
            {
                dates[i] = pair.Key;
                hours[i] = pair.Value;
                i++;
            }

            Array.Sort(dates, hours);
            return FromSorted(dates, hours);
        }
    }
}
