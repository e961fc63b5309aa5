using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// The fill ids (UTF-8) of one file seen so far, kept as 128-bit hashes in one open-addressing table: a million ids as
/// strings in a HashSet would take most of the report's memory and two cache misses per row. (Two different ids share
/// a hash with a probability of about n²/2¹²⁹: never, for any file a bot can write.) The table is larger than the
/// processor's caches, so a reader asks for a slot (<see cref="Prefetch"/>) a row before it adds to it.
/// </summary>
public sealed class FillIdSet
{
    private UInt128[] _slots;
    private int _count;

    public FillIdSet(int expected)
    {
        var size = 16;
        while (size * 7L < expected * 10L && size < 1 << 30)
        {
            size <<= 1;
        }

        _slots = GC.AllocateArray<UInt128>(size, pinned: true);
    }

    /// <summary>What the set keeps of an id (never zero: zero marks an empty slot).</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> fillId)
    {
        var hash = XxHash128.HashToUInt128(fillId);
        return hash == UInt128.Zero ? UInt128.One : hash;
    }

    /// <summary>False when the id was already there.</summary>
    public bool Add(ReadOnlySpan<byte> fillId) => Add(HashOf(fillId));

    /// <summary>False when the id of this hash was already there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(UInt128 hash)
    {
        if (_count * 10 >= _slots.Length * 7)
        {
            Grow();
        }

        if (!Insert(_slots, hash))
        {
            return false;
        }

        _count++;
        return true;
    }

    /// <summary>Starts loading the slot where <paramref name="hash"/> goes into the cache, without waiting for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public unsafe void Prefetch(UInt128 hash)
    {
        if (Sse.IsSupported)
        {
            // the array is pinned, so the address stays put
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[(int)(ulong)hash & (_slots.Length - 1)]));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Insert(UInt128[] slots, UInt128 hash)
    {
        var mask = slots.Length - 1;
        for (var i = (int)(ulong)hash & mask; ; i = (i + 1) & mask)
        {
            if (slots[i] == hash)
            {
                return false;
            }

            if (slots[i] == UInt128.Zero)
            {
                slots[i] = hash;
                return true;
            }
        }
    }

    private void Grow()
    {
        var larger = GC.AllocateArray<UInt128>(_slots.Length * 2, pinned: true);
        foreach (var hash in _slots)
        {
            if (hash != UInt128.Zero)
            {
                Insert(larger, hash);
            }
        }

        _slots = larger;
    }
}
