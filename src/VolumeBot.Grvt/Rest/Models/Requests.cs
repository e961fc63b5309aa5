namespace VolumeBot.Grvt.Rest.Models;

// Request bodies as GRVT names their fields (snake_case from these names); the properties are written in the order
// declared here, and null fields are left out.

/// <summary>POST /auth/api_key/login on the edge host.</summary>
internal sealed record LoginRequest(string ApiKey);

/// <summary>/full/v1/instrument.</summary>
internal sealed record InstrumentRequest(string Instrument);

/// <summary>/full/v1/book: depth is one of 10, 50, 100, 500.</summary>
internal sealed record BookRequest(string Instrument, int Depth);

/// <summary>/full/v1/trade (ApiRecentTradeRequest).</summary>
internal sealed record RecentTradesRequest(string Instrument, int Limit);

/// <summary>/full/v1/account_summary.</summary>
internal sealed record SubAccountRequest(string SubAccountId);

/// <summary>/full/v1/funding_account_summary: not per sub-account, so the body is <c>{}</c>.</summary>
internal sealed record EmptyRequest;

/// <summary>/full/v1/positions and /full/v1/open_orders: the sub-account and the kind/base/quote filter.</summary>
internal sealed record FilteredRequest(string SubAccountId, string[] Kind, string[] Base, string[] Quote);

/// <summary>/full/v1/fill_history: start_time in ns since the epoch; the cursor of the previous page, none for the first.</summary>
internal sealed record FillHistoryRequest(string SubAccountId, string[] Kind, string[] Base, string[] Quote, string StartTime, int Limit, string? Cursor);

/// <summary>/full/v1/order and /full/v1/cancel_order: one order by its client order id.</summary>
internal sealed record ClientOrderRequest(string SubAccountId, string ClientOrderId);
