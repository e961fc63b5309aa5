using System.Buffers.Binary;
using System.Text;
using Microsoft.AspNetCore.Http;
using VolumeBot.Core.Venue;

namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// The public channel payloads as SBE binary frames, as Paradex sends them to a connection that asked with
/// ?sbeSchemaId=1&amp;sbeSchemaVersion=0|1 (docs: ws/general-information/binary-encoding-sbe). Written from the
/// schema 1 layout (BboEvent and BookEvent are the same in versions 0 and 1), independently of the client's decoder: little-endian, 8-byte header (blockLength,
/// templateId, schemaId, version), the fixed block, the level groups (uint16 entry length, uint16 count), then the
/// market symbol (uint8 length, UTF-8). Prices and sizes are int64 with 8 decimals; int64.MinValue is "none".
/// </summary>
public static class ParadexSbeFrames
{
    public const int SchemaId = 1;
    public const int BboTemplate = 2;
    public const int BookTemplate = 3;

    private static readonly int[] AcceptedVersions = [0, 1];

    /// <summary>
    /// Whether the handshake asks for SBE, and whether what it asks for is a schema the venue has: an unknown schema
    /// or version is refused at connect (HTTP 400), never silently answered in JSON.
    /// </summary>
    public static (bool Sbe, bool Valid) Negotiate(IQueryCollection query)
    {
        var hasId = query.TryGetValue("sbeSchemaId", out var id);
        var hasVersion = query.TryGetValue("sbeSchemaVersion", out var version);
        if (!hasId && !hasVersion)
        {
            return (false, true);
        }

        var valid = int.TryParse(id, out var schema) && schema == SchemaId && int.TryParse(version, out var v) && AcceptedVersions.Contains(v);
        return (true, valid);
    }

    /// <summary>A BboEvent (template 2).</summary>
    public static byte[] Bbo(string market, long timestampMicros, long sequence, BookLevel? bid, BookLevel? ask)
    {
        var block = new byte[48];
        BinaryPrimitives.WriteInt64LittleEndian(block, timestampMicros);
        BinaryPrimitives.WriteInt64LittleEndian(block.AsSpan(8), sequence);
        WriteLevel(block.AsSpan(16), bid);
        WriteLevel(block.AsSpan(32), ask);
        return Frame(BboTemplate, block, [], market);
    }

    /// <summary>A BookEvent (template 3): a snapshot (package type 0) or changed levels (1).</summary>
    public static byte[] Book(string market, long timestampMicros, long sequence, bool snapshot, IReadOnlyList<BookLevel> bids, IReadOnlyList<BookLevel> asks)
    {
        var block = new byte[89];
        BinaryPrimitives.WriteInt64LittleEndian(block, timestampMicros);
        BinaryPrimitives.WriteInt64LittleEndian(block.AsSpan(8), sequence);
        block[16] = snapshot ? (byte)0 : (byte)1;
        WriteLevel(block.AsSpan(17), bids.Count > 0 ? bids[0] : null);
        WriteLevel(block.AsSpan(33), asks.Count > 0 ? asks[0] : null);
        for (var offset = 49; offset < 89; offset += 8)
        {
            BinaryPrimitives.WriteInt64LittleEndian(block.AsSpan(offset), long.MinValue); // relative spread and the API-only touch: not emulated
        }

        return Frame(BookTemplate, block, [.. Group(bids), .. Group(asks)], market);
    }

    /// <summary>A frame of any template with the given block, for a client that must ignore what it does not know.</summary>
    public static byte[] Other(int template, byte[] block, string market) => Frame(template, block, [], market);

    private static byte[] Group(IReadOnlyList<BookLevel> levels)
    {
        var group = new byte[4 + (16 * levels.Count)];
        BinaryPrimitives.WriteUInt16LittleEndian(group, 16);
        BinaryPrimitives.WriteUInt16LittleEndian(group.AsSpan(2), (ushort)levels.Count);
        for (var i = 0; i < levels.Count; i++)
        {
            WriteLevel(group.AsSpan(4 + (16 * i)), levels[i]);
        }

        return group;
    }

    private static void WriteLevel(Span<byte> target, BookLevel? level)
    {
        BinaryPrimitives.WriteInt64LittleEndian(target, level is null ? long.MinValue : Fixed8(level.Price));
        BinaryPrimitives.WriteInt64LittleEndian(target[8..], level is null ? long.MinValue : Fixed8(level.Size));
    }

    private static long Fixed8(decimal value) => decimal.ToInt64(decimal.Round(value * 100_000_000m));

    private static byte[] Frame(int template, byte[] block, byte[] groups, string market)
    {
        var symbol = Encoding.UTF8.GetBytes(market);
        var frame = new byte[8 + block.Length + groups.Length + 1 + symbol.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(frame, (ushort)block.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(frame.AsSpan(2), (ushort)template);
        BinaryPrimitives.WriteUInt16LittleEndian(frame.AsSpan(4), SchemaId);
        BinaryPrimitives.WriteUInt16LittleEndian(frame.AsSpan(6), 0);
        block.CopyTo(frame, 8);
        groups.CopyTo(frame, 8 + block.Length);
        frame[8 + block.Length + groups.Length] = (byte)symbol.Length;
        symbol.CopyTo(frame, 9 + block.Length + groups.Length);
        return frame;
    }
}
