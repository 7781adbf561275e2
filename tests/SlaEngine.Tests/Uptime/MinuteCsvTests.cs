using NodaTime;
using SlaEngine.Uptime;
using Xunit;

namespace SlaEngine.Tests.Uptime;

public sealed partial class MinuteCsvTests
{
    [Fact]
    public void Read_ValidText_ReturnsSamplesInOrderSkippingBlankLines()
    {
        var reader = new StringReader("minute,valid,errors\n\n2026-10-01T00:00:00Z,10,0\r\n2026-10-01T00:05:00Z, 20 ,3\n\n");
        MinuteSample[] samples = MinuteCsv.Read(reader, "in.csv");
        Assert.Equal(
            new[] { new MinuteSample(Instant.FromUtc(2026, 10, 1, 0, 0), 10, 0), new MinuteSample(Instant.FromUtc(2026, 10, 1, 0, 5), 20, 3) },
            samples);
    }

    [Fact]
    public void Read_HeaderOnly_ReturnsNoSamples()
        => Assert.Empty(MinuteCsv.Read(new StringReader(MinuteCsv.Header + "\n"), "in.csv"));

    [Fact]
    public void Read_EmptyText_ThrowsSayingTheHeaderIsMissing()
    {
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => MinuteCsv.Read(new StringReader(string.Empty), "in.csv"));
        Assert.Equal("in.csv is empty; it must start with the header \"minute,valid,errors\".", e.Message);
    }

    [Theory]
    [InlineData("2026-10-01T00:01:30Z,5,0", "in.csv line 3: the minute must be a whole minute, was 2026-10-01T00:01:30Z.")]
    [InlineData("2026-10-01T00:01:00Z,5,6", "in.csv line 3: errors must not exceed valid requests, was 6 errors of 5.")]
    [InlineData("2026-10-01T00:01:00Z,-5,0", "in.csv line 3: valid must be a whole number of requests from 0 to 2147483647, was \"-5\".")]
    [InlineData("2026-10-01T00:01:00Z,5,x", "in.csv line 3: errors must be a whole number of requests from 0 to 2147483647, was \"x\".")]
    [InlineData("2026-10-01T00:01:00Z,100,7\0", "in.csv line 3: errors must be a whole number of requests from 0 to 2147483647, was \"7\0\".")]
    [InlineData("2026-10-01T00:01:00Z\0,100,7", "in.csv line 3: the minute must be an ISO-8601 UTC time such as 2026-10-01T00:00:00Z, was \"2026-10-01T00:01:00Z\0\".")]
    [InlineData("2026-10-01T00:01:00Z,\u0661\u0660,0", "in.csv line 3: valid must be a whole number of requests from 0 to 2147483647, was \"\u0661\u0660\".")]
    [InlineData("2026-10-01T00:01:00Z,2147483648,0", "in.csv line 3: valid must be a whole number of requests from 0 to 2147483647, was \"2147483648\".")]
    [InlineData("2026-10-01T00:01:00+01:00,5,0", "in.csv line 3: the minute must be an ISO-8601 UTC time such as 2026-10-01T00:00:00Z, was \"2026-10-01T00:01:00+01:00\".")]
    public void Read_MalformedRow_ThrowsNamingTheLine(string row, string message)
    {
        var reader = new StringReader("minute,valid,errors\n2026-10-01T00:00:00Z,10,0\n" + row + "\n");
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => MinuteCsv.Read(reader, "in.csv"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Read_Path_ReadsTheFileWithAByteOrderMark()
    {
        string path = Path.Combine(Path.GetTempPath(), "minutes-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, "minute,valid,errors\n2026-10-01T00:00:00Z,10,1\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal(new[] { new MinuteSample(Instant.FromUtc(2026, 10, 1, 0, 0), 10, 1) }, MinuteCsv.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MinutePattern_FormatsTheMinuteColumn()
        => Assert.Equal("2026-10-01T00:05:00Z", MinuteCsv.MinutePattern.Format(Instant.FromUtc(2026, 10, 1, 0, 5)));
}
