namespace VolumeBot.Paradex;

internal static class AssemblyMarker;
