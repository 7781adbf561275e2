using BenchmarkDotNet.Running;
using SlaEngine.Benchmarks;

if (args.Contains("--tenants"))
{
    return TenantMode.Run(args, Console.Out);
}

if (args.Contains("--world"))
{
    return WorldMode.Run(args, Console.Out);
}

if (args.Contains("--quick"))
{
    return QuickMode.Run(args, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(QuickMode).Assembly).Run(args);
return 0;
