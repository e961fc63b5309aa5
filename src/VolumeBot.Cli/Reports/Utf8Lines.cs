using System.Runtime.CompilerServices;
using System.Buffers;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// The lines of a UTF-8 stream as ranges of one pooled buffer, split as <see cref="StreamReader.ReadLine"/> splits
/// them ("\n", "\r\n" or a lone "\r"; a last line without a line break is a line; a byte order mark is dropped),
/// without a string per line. A line is valid until the next one is read.
/// </summary>
public sealed class Utf8Lines(Stream stream) : IDisposable
{
    private const int StartSize = 1 << 20;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(StartSize);
    private int _start, _end;
    private bool _ended, _begun;

    public Utf8Lines GetEnumerator() => this;

    public (byte[] Buffer, int Start, int Length) Current { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var at = pending.IndexOfAny((byte)'\n', (byte)'\r');
            // a '\r' at the end of what is read may be the first half of "\r\n": read on to know
            if (at >= 0 && (pending[at] == '\n' || at + 1 < pending.Length || _ended))
            {
                Current = (_buffer, _start, at);
                var breakLength = pending[at] == '\r' && at + 1 < pending.Length && pending[at + 1] == '\n' ? 2 : 1;
                _start += at + breakLength;
                return true;
            }

            if (_ended)
            {
                if (_start == _end)
                {
                    return false;
                }

                Current = (_buffer, _start, _end - _start);
                _start = _end;
                return true;
            }

            Fill();
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Keeps the unread part at the front (in a larger buffer if a line fills the whole one) and reads after it.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_start, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }

        (_start, _end) = (0, pending);
        do
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            _end += read;
            _ended = read == 0;
        }
        while (!_begun && !_ended && _end < ByteOrderMark.Length); // the mark is looked for once, at the start of the file

        if (!_begun)
        {
            _begun = true;
            _start = _buffer.AsSpan(0, _end).StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        }
    }

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];
}
