namespace VolumeBot.Grvt;

internal static class AssemblyMarker;
