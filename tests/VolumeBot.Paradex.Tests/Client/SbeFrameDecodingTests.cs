using System.Buffers.Binary;
using System.Text;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Socket;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>
/// Paradex's SBE public payloads (schema 1, version 0): frames written here byte by byte from the schema — header
/// (blockLength, templateId, schemaId, version), the fixed block, the level groups, the market symbol — so the
/// decoder is checked against the layout, not against the emulator's encoder.
/// </summary>
public sealed class SbeFrameDecodingTests
{
    private const long None = long.MinValue;

    [Fact]
    public void A_bbo_event_gives_the_market_and_both_sides_with_eight_decimals()
    {
        var block = Longs(1_760_000_000_000_000, 42, 9_512_345_000_000, 150_000_000, 9_512_350_000_000, 2_500_000);
        var frame = Frame(2, block, [], "BTC-USD-PERP");

        var bbo = Assert.IsType<SbeBbo>(ParadexSbe.Decode(frame));

        Assert.Equal("BTC-USD-PERP", bbo.Market);
        Assert.Equal(new BookLevel(95123.45m, 1.5m), bbo.Bid);
        Assert.Equal(new BookLevel(95123.5m, 0.025m), bbo.Ask);
    }

    [Fact]
    public void A_side_the_venue_has_no_quote_on_is_none()
    {
        var frame = Frame(2, Longs(1, 1, None, None, 200_000_000, 100_000_000), [], "ETH-USD-PERP");

        var bbo = Assert.IsType<SbeBbo>(ParadexSbe.Decode(frame));

        Assert.Null(bbo.Bid);
        Assert.Equal(new BookLevel(2m, 1m), bbo.Ask);
    }

    [Fact]
    public void A_book_event_gives_its_levels_in_order_and_says_whether_it_is_a_snapshot()
    {
        var frame = Frame(3, BookBlock(packageType: 0), [.. Group(16, (9_500_000_000_000, 100_000_000), (9_499_900_000_000, 300_000_000)), .. Group(16, (9_500_100_000_000, 50_000_000))], "BTC-USD-PERP");

        var book = Assert.IsType<SbeBook>(ParadexSbe.Decode(frame));

        Assert.Equal("BTC-USD-PERP", book.Market);
        Assert.True(book.IsSnapshot);
        Assert.Equal([new BookLevel(95000m, 1m), new BookLevel(94999m, 3m)], book.Bids);
        Assert.Equal([new BookLevel(95001m, 0.5m)], book.Asks);
    }

    [Fact]
    public void A_later_version_with_fields_appended_to_the_block_and_to_each_level_still_decodes()
    {
        byte[] block = [.. BookBlock(packageType: 1), .. Longs(7)];
        var frame = Frame(3, block, [.. Group(24, (100_000_000, 200_000_000)), .. Group(24)], "SOL-USD-PERP", version: 1);

        var book = Assert.IsType<SbeBook>(ParadexSbe.Decode(frame));

        Assert.False(book.IsSnapshot);
        Assert.Equal([new BookLevel(1m, 2m)], book.Bids);
        Assert.Empty(book.Asks);
        Assert.Equal("SOL-USD-PERP", book.Market);
    }

    [Theory]
    [InlineData(1)] // TradeEvent
    [InlineData(4)] // MarketSummaryEvent
    [InlineData(40)] // HeartbeatEvent
    [InlineData(999)]
    public void A_template_the_book_does_not_read_is_ignored(int template)
    {
        var frame = Frame(template, Longs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), [], "BTC-USD-PERP");

        Assert.Null(ParadexSbe.Decode(frame));
    }

    [Fact]
    public void A_frame_of_another_schema_is_ignored()
    {
        var frame = Frame(2, Longs(1, 1, 100_000_000, 1, 200_000_000, 1), [], "BTC-USD-PERP", schema: 2);

        Assert.Null(ParadexSbe.Decode(frame));
    }

    [Fact]
    public void A_truncated_frame_is_ignored_at_every_length_without_throwing()
    {
        var frame = Frame(3, BookBlock(packageType: 0), [.. Group(16, (100_000_000, 100_000_000)), .. Group(16, (200_000_000, 100_000_000))], "BTC-USD-PERP");

        for (var length = 0; length < frame.Length; length++)
        {
            Assert.Null(ParadexSbe.Decode(frame.AsSpan(0, length)));
        }

        Assert.NotNull(ParadexSbe.Decode(frame));
    }

    [Fact]
    public void The_websocket_url_asks_for_the_schema_the_decoder_knows()
    {
        Assert.Equal("wss://ws.api.prod.paradex.trade/v1?sbeSchemaId=1&sbeSchemaVersion=1", ParadexSbe.WithSchema(new Uri("wss://ws.api.prod.paradex.trade/v1")).ToString());
        Assert.Equal("ws://127.0.0.1:5000/v1?x=1&sbeSchemaId=1&sbeSchemaVersion=1", ParadexSbe.WithSchema(new Uri("ws://127.0.0.1:5000/v1?x=1")).ToString());
    }

    /// <summary>timestamp, seqNo, pkgType, then the nine nullable best/spread/api values: 89 bytes.</summary>
    private static byte[] BookBlock(byte packageType) =>
        [.. Longs(1_760_000_000_000_000, 7), packageType, .. Longs(None, None, None, None, None, None, None, None, None)];

    private static byte[] Group(int entryLength, params (long Price, long Size)[] levels)
    {
        var group = new byte[4 + (entryLength * levels.Length)];
        BinaryPrimitives.WriteUInt16LittleEndian(group, (ushort)entryLength);
        BinaryPrimitives.WriteUInt16LittleEndian(group.AsSpan(2), (ushort)levels.Length);
        for (var i = 0; i < levels.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(group.AsSpan(4 + (entryLength * i)), levels[i].Price);
            BinaryPrimitives.WriteInt64LittleEndian(group.AsSpan(12 + (entryLength * i)), levels[i].Size);
        }

        return group;
    }

    private static byte[] Longs(params long[] values)
    {
        var bytes = new byte[8 * values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(8 * i), values[i]);
        }

        return bytes;
    }

    private static byte[] Frame(int template, byte[] block, byte[] groups, string market, int schema = 1, int version = 0)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, (ushort)block.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), (ushort)template);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), (ushort)schema);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(6), (ushort)version);
        var symbol = Encoding.UTF8.GetBytes(market);
        return [.. header, .. block, .. groups, (byte)symbol.Length, .. symbol];
    }
}
