using System.Buffers.Binary;
using System.Text;
using VolumeBot.Core.Venue;

namespace VolumeBot.Paradex.Socket;

/// <summary>A public channel payload decoded from an SBE frame.</summary>
internal abstract record SbeMarketData(string Market);

/// <summary>BboEvent (template 2, bbo.{market}); a side the venue has no quote on is null.</summary>
internal sealed record SbeBbo(string Market, BookLevel? Bid, BookLevel? Ask) : SbeMarketData(Market);

/// <summary>BookEvent (template 3, order_book.{market}…): a snapshot of the levels, or the levels that changed.</summary>
internal sealed record SbeBook(string Market, bool IsSnapshot, IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks) : SbeMarketData(Market);

/// <summary>
/// Paradex's Simple Binary Encoding of public channel payloads (docs: ws/general-information/binary-encoding-sbe;
/// the layout is Paradex's schema XML, paradex-py's paradex_py/api/sbe/paradex_1_0.xml, which describes versions 0 to 2:
/// BboEvent and BookEvent are the same in all three, later versions only add other templates and fields of other
/// templates). Little-endian. Each frame:
/// an 8-byte header (blockLength, templateId, schemaId, version as uint16), the message's fixed block, its repeating
/// groups (uint16 entry length, uint16 count), then the market symbol (uint8 length, UTF-8). Prices and sizes are
/// int64 with 8 decimals; int64.MinValue is "none". The fixed block and group entries are skipped by the lengths the
/// frame declares, so a later version that appends fields still decodes.
/// </summary>
internal static class ParadexSbe
{
    public const int SchemaId = 1;

    /// <summary>What the docs say to ask for ("0 or 1, use 1"); the venues do not serve 2 yet.</summary>
    public const int SchemaVersion = 1;

    public const int BboTemplate = 2;
    public const int BookTemplate = 3;

    private const int HeaderLength = 8;
    private const int BboFixedLength = 48; // timestamp, seqNo, bidPrice, bidSize, askPrice, askSize
    private const int BookFixedLength = 89; // ts, seq, pkgType (uint8), then best bid/ask price and size, relative spread, API-only best bid/ask price and size
    private const int BookPackageTypeOffset = 16;
    private const int LevelLength = 16; // price, size
    private const byte SnapshotPackage = 0;

    /// <summary>The WebSocket URL with the schema parameters that make the venue send SBE.</summary>
    public static Uri WithSchema(Uri url)
    {
        var query = $"sbeSchemaId={SchemaId}&sbeSchemaVersion={SchemaVersion}";
        var builder = new UriBuilder(url);
        builder.Query = string.IsNullOrEmpty(builder.Query) || builder.Query == "?" ? query : $"{builder.Query.TrimStart('?')}&{query}";
        return builder.Uri;
    }

    /// <summary>The bbo or book payload in <paramref name="frame"/>; null for another template, another schema or a truncated frame.</summary>
    public static SbeMarketData? Decode(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < HeaderLength)
        {
            return null;
        }

        int blockLength = BinaryPrimitives.ReadUInt16LittleEndian(frame);
        int template = BinaryPrimitives.ReadUInt16LittleEndian(frame[2..]);
        int schema = BinaryPrimitives.ReadUInt16LittleEndian(frame[4..]);
        var body = frame[HeaderLength..];
        if (schema != SchemaId || blockLength > body.Length)
        {
            return null;
        }

        return template switch
        {
            BboTemplate when blockLength >= BboFixedLength => DecodeBbo(body, blockLength),
            BookTemplate when blockLength >= BookFixedLength => DecodeBook(body, blockLength),
            _ => null,
        };
    }

    private static SbeBbo? DecodeBbo(ReadOnlySpan<byte> body, int blockLength)
    {
        var position = blockLength;
        if (ReadSymbol(body, ref position) is not { } market)
        {
            return null;
        }

        return new SbeBbo(market, Level(body, 16), Level(body, 32));
    }

    private static SbeBook? DecodeBook(ReadOnlySpan<byte> body, int blockLength)
    {
        var position = blockLength;
        if (ReadLevels(body, ref position) is not { } bids || ReadLevels(body, ref position) is not { } asks || ReadSymbol(body, ref position) is not { } market)
        {
            return null;
        }

        return new SbeBook(market, body[BookPackageTypeOffset] == SnapshotPackage, bids, asks);
    }

    private static List<BookLevel>? ReadLevels(ReadOnlySpan<byte> body, ref int position)
    {
        if (position + 4 > body.Length)
        {
            return null;
        }

        int entryLength = BinaryPrimitives.ReadUInt16LittleEndian(body[position..]);
        int count = BinaryPrimitives.ReadUInt16LittleEndian(body[(position + 2)..]);
        position += 4;
        if (entryLength < LevelLength || position + ((long)entryLength * count) > body.Length)
        {
            return null;
        }

        var levels = new List<BookLevel>(count);
        for (var i = 0; i < count; i++, position += entryLength)
        {
            if (Level(body, position) is { } level)
            {
                levels.Add(level);
            }
        }

        return levels;
    }

    private static string? ReadSymbol(ReadOnlySpan<byte> body, ref int position)
    {
        if (position >= body.Length || position + 1 + body[position] > body.Length)
        {
            return null;
        }

        var length = body[position];
        var symbol = Encoding.UTF8.GetString(body.Slice(position + 1, length));
        position += 1 + length;
        return symbol;
    }

    /// <summary>The price and size at <paramref name="offset"/>; null when the price is "none".</summary>
    private static BookLevel? Level(ReadOnlySpan<byte> body, int offset) =>
        Fixed8(body, offset) is { } price ? new BookLevel(price, Fixed8(body, offset + 8) ?? 0m) : null;

    private static decimal? Fixed8(ReadOnlySpan<byte> body, int offset)
    {
        var raw = BinaryPrimitives.ReadInt64LittleEndian(body[offset..]);
        return raw == long.MinValue ? null : new decimal(raw) / 100_000_000m;
    }
}
