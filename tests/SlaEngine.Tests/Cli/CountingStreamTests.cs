using SlaEngine.Cli.Internal;
using Xunit;

namespace SlaEngine.Tests.Cli;

public sealed class CountingStreamTests
{
    [Fact]
    public void Read_WholeStream_ReportsRunningTotalsUpToTheLength()
    {
        byte[] data = new byte[10_000];
        var totals = new List<long>();
        using var stream = new CountingStream(new MemoryStream(data), totals.Add);
        var buffer = new byte[4096];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        Assert.Equal(new long[] { 4096, 8192, 10_000 }, totals);
        Assert.Equal(10_000, stream.BytesRead);
        Assert.Equal(10_000, stream.Length);
    }

    [Fact]
    public void Read_ThroughStreamReader_CountsEveryByte()
    {
        byte[] data = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("minute,valid,errors\n", 1000)));
        using var stream = new CountingStream(new MemoryStream(data), null);
        using var reader = new StreamReader(stream);
        Assert.Equal(data.Length, reader.ReadToEnd().Length);
        Assert.Equal(data.Length, stream.BytesRead);
    }
}
