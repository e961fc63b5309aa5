namespace VolumeBot.Core.Trading;

/// <summary>The bot could not start (venue unreachable, market unknown, size below the market minimum).</summary>
public sealed class BotStartupException(string message) : Exception(message);
