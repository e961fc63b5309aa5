namespace VolumeBot.Paradex.Socket;

/// <summary>A JSON-RPC answer: success, or the error code and message (40110/40111 = bad or expired bearer).</summary>
internal sealed record RpcReply(bool IsSuccess, int ErrorCode, string? ErrorMessage)
{
    public const int InvalidBearer = 40111;
    public const int MalformedBearer = 40110;

    public static RpcReply Success { get; } = new(true, 0, null);

    public bool IsAuthError => ErrorCode is InvalidBearer or MalformedBearer;

    public override string ToString() => IsSuccess ? "ok" : $"error {ErrorCode}: {ErrorMessage}";
}
