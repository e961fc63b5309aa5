namespace VolumeBot.Simulation;

internal static class AssemblyMarker;
