namespace VolumeBot.Paradex.Rest.Models;

/// <summary>Lists come as {"results": [...]}; paginated ones add next/prev cursors.</summary>
internal sealed record ResultsPage<T>(List<T>? Results, string? Next);

/// <summary>Error body of any HTTP status ≥ 400.</summary>
internal sealed record ErrorWire(string? Error, string? Message);

/// <summary>POST /auth.</summary>
internal sealed record AuthResponse(string? JwtToken);
