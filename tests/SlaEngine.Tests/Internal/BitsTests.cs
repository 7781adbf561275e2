using FsCheck;
using FsCheck.Fluent;
using SlaEngine.Internal;
using Xunit;

namespace SlaEngine.Tests.Internal;

/// <summary>The bit tricks against bit-by-bit loops.</summary>
public sealed class BitsTests
{
    [Fact]
    public void Select_AndPopCount_MatchALoopOverTheBits()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<ulong>(), value =>
        {
            int count = 0;
            var positions = new List<int>();
            for (int bit = 0; bit < 64; bit++)
            {
                if (((value >> bit) & 1) != 0)
                {
                    count++;
                    positions.Add(bit);
                }
            }

            bool ok = Bits.PopCount(value) == count;
            for (int rank = 0; rank < count; rank++)
            {
                ok &= Bits.Select(value, rank) == positions[rank] && Bits.SelectPortable(value, rank) == positions[rank];
            }

            if (value != 0)
            {
                ok &= Bits.TrailingZeroCount(value) == positions[0] && Bits.LeadingZeroCount(value) == 63 - positions[^1];
            }

            return ok;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000));
    }

    [Theory]
    [InlineData(ulong.MaxValue, 63, 63)]
    [InlineData(1UL << 63, 0, 63)]
    [InlineData(0b1010UL, 1, 3)]
    public void Select_Edges(ulong value, int rank, int expected)
    {
        Assert.Equal(expected, Bits.Select(value, rank));
        Assert.Equal(expected, Bits.SelectPortable(value, rank));
    }
}
