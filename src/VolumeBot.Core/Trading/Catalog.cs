namespace VolumeBot.Core.Trading;

/// <summary>Things made by name from a flag (strategies, close tactics): adding one is a line, not an edit to the runner.</summary>
public sealed class Catalog<TInput, T>
{
    private readonly string _kind;
    private readonly Dictionary<string, Func<TInput, T>> _factories;

    public Catalog(string kind, Dictionary<string, Func<TInput, T>> factories)
    {
        _kind = kind;
        _factories = factories;
        Names = [.. factories.Keys];
    }

    public IReadOnlyList<string> Names { get; }

    public bool Exists(string name) => _factories.ContainsKey(name);

    public T Create(string name, TInput input) =>
        _factories.TryGetValue(name, out var create) ? create(input) : throw new ArgumentException($"unknown {_kind} '{name}'", nameof(name));
}
