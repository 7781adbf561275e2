using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using SlaEngine.BusinessHours;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

/// <summary>Review probes for the uptime code (commit 0ef7926); every expected value is worked by hand in the comment beside it.</summary>
public sealed class UptimeReviewTests
{
    private static readonly Instant s_start = Instant.FromUtc(2026, 1, 5, 10, 0); // Mon 2026-01-05 10:00Z

    private static Instant At(int minute) => s_start + Duration.FromMinutes(minute);

    // PeriodOf(9999-12) needs the start of 10000-01-01, which NodaTime cannot represent. The doc promises ArgumentException for a
    // month whose bounds cannot be formed; the style rule wants the argument named.
    [Fact]
    public void PeriodOf_LastRepresentableMonth_ThrowsArgumentExceptionNamingMonth()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => UptimePolicy.Default.PeriodOf(new YearMonth(9999, 12)));
        Assert.Equal("month", ex.ParamName);
    }

    // -9998-01 starts at local midnight in Tokyo (+09:18:59 LMT), 9 hours before Instant.MinValue.
    [Fact]
    public void PeriodOf_FirstMonthEastOfUtc_ThrowsArgumentExceptionNamingMonth()
    {
        var policy = new UptimePolicy { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"] };
        var ex = Assert.ThrowsAny<ArgumentException>(() => policy.PeriodOf(new YearMonth(-9998, 1)));
        Assert.Equal("month", ex.ParamName);
    }

    // A 24/7 UTC calendar supports [1900-01-01, 2200-01-01). December 2199 = [2199-12-01, 2200-01-01) lies inside it, so every
    // one of its 31 × 1,440 = 44,640 minutes is measured.
    [Fact]
    public void Evaluate_ServiceHoursLastSupportedMonth_MeasuresEveryMinute()
    {
        ScheduledBusinessCalendar always = BusinessCalendar.Create(WeeklySchedule.AlwaysOpen, DateTimeZone.Utc);
        var policy = new UptimePolicy { ServiceHours = always };
        int[] zeros = new int[44_640];
        UptimeReport report = policy.Evaluate(new YearMonth(2199, 12), zeros, zeros);
        Assert.Equal(44_640, report.MeasuredMinutes);
    }

    // Exclusion [m-1, m0 + 50 ns) overlaps minute 0 = [m0, m0 + 1 min) by 50 ns, so minute 0 is excluded ("overlaps at all").
    // Three down minutes, minute 0 excluded before grouping: downtime 2, excluded 1.
    [Fact]
    public void Evaluate_ExclusionEndingSubTickIntoMinute_ExcludesThatMinute()
    {
        var policy = new UptimePolicy { Exclusions = new[] { new Interval(At(-1), At(0) + Duration.FromNanoseconds(50)) } };
        int[] all = { 100, 100, 100 };
        UptimeReport report = policy.Evaluate(new Interval(At(0), At(3)), all, all);
        Assert.Equal(1, report.ExcludedMinutes);
        Assert.Equal(2, report.DowntimeMinutes);
    }

    // An empty exclusion [10:01:30, 10:01:30) contains no instant, so it overlaps no minute: nothing excluded, 3 minutes down.
    [Fact]
    public void Evaluate_EmptyExclusionInsideMinute_ExcludesNothing()
    {
        Instant mid = At(1) + Duration.FromSeconds(30);
        var policy = new UptimePolicy { Exclusions = new[] { new Interval(mid, mid) } };
        int[] all = { 100, 100, 100 };
        UptimeReport report = policy.Evaluate(new Interval(At(0), At(3)), all, all);
        Assert.Equal(0, report.ExcludedMinutes);
        Assert.Equal(3, report.DowntimeMinutes);
    }

    // 10 % of 10^28 is 10^27 exactly; a decimal holds it (max ≈ 7.9 × 10^28), so the amount is 10^27 whatever the rounding.
    [Fact]
    public void Evaluate_HugeChargeWithExactAmount_ReturnsAmount()
    {
        CreditSchedule schedule = CreditSchedule.Create(new CreditTier(0m, 99.9m, 10m));
        CreditResult result = schedule.Evaluate(ExactRatio.FromPercent(99m), 10_000_000_000_000_000_000_000_000_000m, MidpointRounding.ToEven);
        Assert.Equal(1_000_000_000_000_000_000_000_000_000m, result.Amount);
    }

    // 100 % of decimal.MaxValue is decimal.MaxValue.
    [Fact]
    public void Evaluate_FullCreditOfMaxCharge_ReturnsCharge()
    {
        CreditSchedule schedule = CreditSchedule.Create(new CreditTier(0m, 100m, 100m));
        CreditResult result = schedule.Evaluate(ExactRatio.Zero, decimal.MaxValue, MidpointRounding.AwayFromZero);
        Assert.Equal(decimal.MaxValue, result.Amount);
    }

    // Classify with n = int.MaxValue - 10 minutes needs ceil(n / 64) = 33,554,432 words; a bitmap one word shorter must be an
    // ArgumentException naming downMinutes. The check computes (n + 63) >> 6 in int, which overflows to a negative count and
    // passes; the kernel then runs (with a 1-word bitmap its vector path would write 256 MB past the array).
    // The 8 GB of zero counts are one read-only anonymous mapping with transparent huge pages, so they cost no RAM and
    // reading them takes seconds. Linux x64 only.
    [Fact]
    public void Classify_LengthNearIntMax_ShortBitmap_ThrowsArgumentException()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return;
        }

        const int n = int.MaxValue - 10;
        nuint length = unchecked((nuint)(uint)n * sizeof(int));
        nint map = Mmap(0, length, 1 /* PROT_READ */, 0x02 | 0x20 | 0x4000 /* PRIVATE | ANONYMOUS | NORESERVE */, -1, 0);
        Assert.NotEqual(-1, map);
        try
        {
            _ = Madvise(map, length, 14 /* MADV_HUGEPAGE */);
            ReadOnlySpan<int> zeros = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AddByteOffset(ref Unsafe.NullRef<int>(), map), n);
            // The bitmap, one word short, is mapped too (never touched once the check works), so the test allocates nothing.
            const int words = 33_554_431;
            nint bitmapMap = Mmap(0, (nuint)words * sizeof(ulong), 3 /* PROT_READ | PROT_WRITE */, 0x02 | 0x20 | 0x4000, -1, 0);
            Assert.NotEqual(-1, bitmapMap);
            Span<ulong> bitmap = MemoryMarshal.CreateSpan(ref Unsafe.AddByteOffset(ref Unsafe.NullRef<ulong>(), bitmapMap), words);
            Exception? thrown = null;
            try
            {
                UptimePolicy.Default.Classify(zeros, zeros, bitmap);
            }
            catch (Exception ex)
            {
                thrown = ex;
            }

            _ = Munmap(bitmapMap, (nuint)words * sizeof(ulong));
            ArgumentException argument = Assert.IsAssignableFrom<ArgumentException>(thrown);
            Assert.Equal("downMinutes", argument.ParamName);
        }
        finally
        {
            _ = Munmap(map, length);
        }
    }

    // A with expression copies the policy and runs the same checks as an initializer.
    [Fact]
    public void With_ChangesOneSettingAndChecksIt()
    {
        var policy = new UptimePolicy { ErrorRateThreshold = 0.01m, MinimumDowntimeRun = 5 };
        UptimePolicy changed = policy with { MinimumDowntimeRun = 10 };
        Assert.Equal(0.01m, changed.ErrorRateThreshold);
        Assert.Equal(10, changed.MinimumDowntimeRun);
        Assert.Equal(5, policy.MinimumDowntimeRun);
        Assert.Equal(policy, changed with { MinimumDowntimeRun = 5 });
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => policy with { ErrorRateThreshold = 1m });
        Assert.Contains("was 1.", error.Message, StringComparison.Ordinal);
    }

    // A period longer than 100 years of 366 days (52,704,000 minutes) is refused before anything is allocated.
    [Fact]
    public void Evaluate_PeriodLongerThanMaximum_ThrowsArgumentException()
    {
        var period = new Interval(s_start, s_start + Duration.FromMinutes(UptimePolicy.MaxPeriodMinutes + 1L));
        var error = Assert.Throws<ArgumentException>(() => UptimePolicy.Default.Evaluate(period, ReadOnlySpan<MinuteSample>.Empty));
        Assert.Equal("period", error.ParamName);
        Assert.Contains("52704001", error.Message, StringComparison.Ordinal);
    }

    [DllImport("libc", EntryPoint = "mmap")]
    private static extern nint Mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);

    [DllImport("libc", EntryPoint = "munmap")]
    private static extern int Munmap(nint address, nuint length);
}
