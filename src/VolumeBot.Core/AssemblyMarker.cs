namespace VolumeBot.Core;

internal static class AssemblyMarker;
