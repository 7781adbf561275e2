using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SlaEngine.Cli.Internal;

/// <summary>A read-only stream over another that counts the bytes read and reports the total after each read.</summary>
/// <remarks>Used to drive the progress display while a large CSV is read; the counting adds one addition per buffer read.</remarks>
internal sealed class CountingStream : Stream
{
    private readonly Stream _inner;
    private readonly Action<long>? _onRead;
    private long _bytesRead;

    /// <summary>Initializes a new instance of the <see cref="CountingStream"/> class.</summary>
    /// <param name="inner">The stream to read; disposed with this one.</param>
    /// <param name="onRead">Called with the total bytes read so far after every read that returns data; may be null.</param>
    public CountingStream(Stream inner, Action<long>? onRead)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _onRead = onRead;
    }

    /// <summary>Gets the number of bytes read so far.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => _inner.Length;

    /// <inheritdoc/>
    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException("A counting stream cannot seek.");
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer));

    /// <inheritdoc/>
    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Count(await _inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A counting stream cannot seek.");

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException("A counting stream is read-only.");

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A counting stream is read-only.");

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        if (read > 0)
        {
            long total = Interlocked.Add(ref _bytesRead, read);
            _onRead?.Invoke(total);
        }

        return read;
    }
}
