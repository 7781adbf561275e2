using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NodaTime;
using SlaEngine.Uptime;

namespace SlaEngine.Benchmarks;

/// <summary>
/// Uptime classification and reports over a 31-day month of per-minute counts (44,640 minutes, about 0.5 % of them down): the
/// vectorized <see cref="UptimePolicy.Classify"/> pass, the same rule written naively in <see cref="decimal"/> as the baseline,
/// a whole month's report by both methods, and a credit. Three jobs run the same code with AVX-512, with AVX2 only, and with no
/// hardware intrinsics (the portable loop netstandard2.0 runs), through the runtime's DOTNET_Enable* switches.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InstructionSetConfig))]
public class UptimeBenchmarks
{
    private const int Minutes = 44_640;

    private readonly int[] _valid = new int[Minutes];
    private readonly int[] _errors = new int[Minutes];
    private readonly ulong[] _bitmap = new ulong[(Minutes + 63) / 64];
    private readonly UptimePolicy _policy = UptimePolicy.Default;
    private readonly UptimePolicy _averaged = new() { Method = UptimeMethod.AverageErrorRate };
    private readonly YearMonth _month = new(2026, 10);
    private CreditSchedule _credits = null!;
    private UptimeReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new SplitMix64(5);
        for (int i = 0; i < Minutes; i++)
        {
            int valid = 200 + (int)random.Below(5_000);
            bool bad = random.Below(200) == 0;
            _valid[i] = valid;
            _errors[i] = bad ? valid / 10 + (int)random.Below(valid - valid / 10) : (int)random.Below(valid / 100 + 1);
        }

        _credits = CreditSchedule.Create(new CreditTier(99m, 99.9m, 10m), new CreditTier(95m, 99m, 25m), new CreditTier(0m, 95m, 100m));
        _report = _policy.Evaluate(_month, _valid, _errors);
    }

    /// <summary>The naive rule: each minute's error rate in <see cref="decimal"/>, compared with 5 %.</summary>
    [Benchmark(Baseline = true)]
    public int ClassifyNaiveDecimal()
    {
        int count = 0;
        for (int i = 0; i < Minutes; i++)
        {
            if (_valid[i] > 0 && (decimal)_errors[i] / _valid[i] > 0.05m)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The library's pass: exact integer test, validation fused, a bitmap out.</summary>
    [Benchmark]
    public int Classify() => _policy.Classify(_valid, _errors, _bitmap);

    /// <summary>A month's report: classification, runs, periods, exact uptime.</summary>
    [Benchmark]
    public long EvaluateMonth() => _policy.Evaluate(_month, _valid, _errors).DowntimeMinutes;

    /// <summary>A month's report by the averaged 5-minute method, summed as exact fractions.</summary>
    [Benchmark]
    public int EvaluateMonthAveraged() => _averaged.Evaluate(_month, _valid, _errors).Uptime.Numerator.IsEven ? 1 : 0;

    /// <summary>The credit a month's report earns.</summary>
    [Benchmark]
    public decimal Credit() => _credits.Evaluate(_report, 1234.45m, MidpointRounding.ToEven).Amount;

    /// <summary>Runs each benchmark with AVX-512, with AVX2 at most, and with no hardware intrinsics.</summary>
    private sealed class InstructionSetConfig : ManualConfig
    {
        public InstructionSetConfig()
        {
            AddJob(Job.Default.WithId("AVX-512"));
            AddJob(Job.Default.WithEnvironmentVariables(new BenchmarkDotNet.Jobs.EnvironmentVariable("DOTNET_EnableAVX512", "0")).WithId("AVX2"));
            AddJob(Job.Default.WithEnvironmentVariables(new BenchmarkDotNet.Jobs.EnvironmentVariable("DOTNET_EnableHWIntrinsic", "0")).WithId("Portable"));
        }
    }
}
