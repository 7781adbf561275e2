namespace SlaEngine.Internal;

/// <summary>Hash combination that also works on netstandard2.0 (which lacks <c>System.HashCode</c>).</summary>
internal static class HashCodes
{
    public static int Combine(int h1, int h2)
    {
        unchecked
        {
            uint rol = ((uint)h1 << 5) | ((uint)h1 >> 27);
            return ((int)rol + h1) ^ h2;
        }
    }

    public static int Combine(int h1, int h2, int h3) => Combine(Combine(h1, h2), h3);

    public static int Combine(int h1, int h2, int h3, int h4) => Combine(Combine(h1, h2, h3), h4);
}
