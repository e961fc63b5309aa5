using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// The fill ids of one file seen so far, kept as 128-bit hashes in one open-addressing table: a million ids as strings
/// in a HashSet would take most of the report's memory and two cache misses per row. (Two different ids share a hash
/// with a probability of about n²/2¹²⁹: never, for any file a bot can write.)
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

        _slots = new UInt128[size];
    }

    /// <summary>False when the id was already there.</summary>
    public bool Add(ReadOnlySpan<char> fillId)
    {
        var hash = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(fillId));
        if (hash == UInt128.Zero)
        {
            hash = UInt128.One; // zero marks an empty slot
        }

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
        var larger = new UInt128[_slots.Length * 2];
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
