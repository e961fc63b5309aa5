using System.Net;
using System.Text;
using VolumeBot.Grvt.Rest;
using VolumeBot.Grvt.Signing;
using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.Rest;

/// <summary>
/// The bytes of every GRVT request body. The expected strings were captured from the client before its JSON moved to
/// source-generated request records, so a change of field name, order, escaping or null handling fails here.
/// </summary>
public class RequestWireTests
{
    private const ulong SubAccount = 8289849667772468;

    [Fact]
    public async Task Every_request_body_is_byte_for_byte_what_the_client_sent_before()
    {
        var wire = new RecordingHandler();
        var (market, trading, account) = Apis(wire, apiKey: "key+with/odd=chars\"<>");
        var since = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);

        Assert.True((await market.GetInstrumentAsync("ETH_USDT_Perp", default)).IsSuccess);
        Assert.True((await market.GetBookAsync("ETH_USDT_Perp", 20, default)).IsSuccess);
        Assert.True((await market.GetRecentTradesAsync("ETH_USDT_Perp", 500, default)).IsSuccess);
        Assert.True((await account.GetPositionsAsync(default)).IsSuccess);
        Assert.True((await account.GetSummaryAsync(default)).IsSuccess);
        Assert.True((await account.GetFundingSummaryAsync(default)).IsSuccess);
        Assert.True((await account.GetFillsAsync(since, _ => true, default)).IsSuccess);
        Assert.True((await trading.CancelOrderAsync("7322345678000000001", default)).IsSuccess);
        Assert.True((await trading.GetOrderAsync("7322345678000000002", default)).IsSuccess);
        Assert.True((await trading.GetOpenOrdersAsync(default)).IsSuccess);

        var filter = "\"kind\":[\"PERPETUAL\"],\"base\":[\"ETH\"],\"quote\":[\"USDT\"]";
        string[] expected =
        [
            "/full/v1/instrument {\"instrument\":\"ETH_USDT_Perp\"}",
            "/full/v1/book {\"instrument\":\"ETH_USDT_Perp\",\"depth\":50}",
            "/full/v1/trade {\"instrument\":\"ETH_USDT_Perp\",\"limit\":500}",
            "/auth/api_key/login {\"api_key\":\"key\\u002Bwith/odd=chars\\u0022\\u003C\\u003E\"}",
            $"/full/v1/positions {{\"sub_account_id\":\"{SubAccount}\",{filter}}}",
            $"/full/v1/account_summary {{\"sub_account_id\":\"{SubAccount}\"}}",
            "/full/v1/funding_account_summary {}",
            $"/full/v1/fill_history {{\"sub_account_id\":\"{SubAccount}\",{filter},\"start_time\":\"1750000000000000000\",\"limit\":1000}}",
            $"/full/v1/fill_history {{\"sub_account_id\":\"{SubAccount}\",{filter},\"start_time\":\"1750000000000000000\",\"limit\":1000,\"cursor\":\"page-2\"}}",
            $"/full/v1/cancel_order {{\"sub_account_id\":\"{SubAccount}\",\"client_order_id\":\"7322345678000000001\"}}",
            $"/full/v1/order {{\"sub_account_id\":\"{SubAccount}\",\"client_order_id\":\"7322345678000000002\"}}",
            $"/full/v1/open_orders {{\"sub_account_id\":\"{SubAccount}\",{filter}}}",
        ];
        Assert.Equal(string.Join("\n", expected), string.Join("\n", wire.Requests));
    }

    private static (MarketDataApi Market, TradingApi Trading, AccountApi Account) Apis(RecordingHandler handler, string apiKey)
    {
        var environment = GrvtEnvironment.SingleHost("testnet", GrvtChainId.Testnet, new Uri("http://grvt.test/"));
        var options = new GrvtClientOptions
        {
            Environment = environment,
            SubAccountId = SubAccount,
            ApiKey = apiKey,
            SigningKey = GrvtTestVenue.Key,
            Ticker = "ETH",
        };
        var time = TimeProvider.System;
        var transport = new GrvtRestTransport(options.Http(time), null, time, handler);
        var auth = new VolumeBot.Grvt.Auth.GrvtAuthenticator(transport, options, time, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var rest = new GrvtRestClient(transport, auth, environment);
        var filter = InstrumentFilter.ForPerpetual("ETH");
        return (new MarketDataApi(new GrvtPublicRest(transport, environment.MarketDataUrl)), new TradingApi(rest, SubAccount, filter), new AccountApi(rest, SubAccount, filter));
    }

    /// <summary>Answers each path with the smallest valid result and keeps "path body" of every request.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        private int _fillPages;

        public List<string> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            lock (Requests)
            {
                Requests.Add($"{path} {body}");
            }

            var result = path switch
            {
                "/auth/api_key/login" => "{}",
                "/full/v1/instrument" => "{\"result\":{\"instrument\":\"ETH_USDT_Perp\",\"instrument_hash\":\"0x1\",\"base_decimals\":9,\"tick_size\":\"0.01\",\"min_size\":\"0.01\"}}",
                "/full/v1/book" => "{\"result\":{\"bids\":[],\"asks\":[]}}",
                "/full/v1/fill_history" => Interlocked.Increment(ref _fillPages) == 1
                    ? "{\"result\":[{\"trade_id\":\"t1\",\"instrument\":\"ETH_USDT_Perp\",\"size\":\"1\",\"price\":\"2\",\"fee\":\"0\"}],\"next\":\"page-2\"}"
                    : "{\"result\":[],\"next\":\"\"}",
                "/full/v1/trade" or "/full/v1/positions" or "/full/v1/open_orders" => "{\"result\":[]}",
                "/full/v1/cancel_order" => "{\"result\":{\"ack\":true}}",
                _ => "{\"result\":{}}",
            };
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(result, Encoding.UTF8, "application/json") };
            if (path == "/auth/api_key/login")
            {
                response.Headers.TryAddWithoutValidation("Set-Cookie", "gravity=session-token; Path=/; Max-Age=86400");
                response.Headers.TryAddWithoutValidation(GrvtRestTransport.AccountIdHeader, "ACC1");
            }

            return response;
        }
    }
}
