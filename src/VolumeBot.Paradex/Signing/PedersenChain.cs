namespace VolumeBot.Paradex.Signing;

/// <summary>
/// Incremental <c>compute_hash_on_elements</c>. Immutable, so a common prefix (e.g. message prefix,
/// domain and account) can be hashed once and reused.
/// </summary>
public readonly struct PedersenChain
{
    private readonly Felt state;

    private PedersenChain(Felt state, int count)
    {
        this.state = state;
        Count = count;
    }

    public static PedersenChain Empty => default;

    public int Count { get; }

    public PedersenChain Append(Felt element) => new(Pedersen.Hash(state, element), Count + 1);

    public PedersenChain AppendAll(ReadOnlySpan<Felt> elements)
    {
        var chain = this;
        foreach (var element in elements)
        {
            chain = chain.Append(element);
        }

        return chain;
    }

    /// <summary>Folds in the element count and returns the hash.</summary>
    public Felt Finish() => Pedersen.Hash(state, (ulong)Count);
}
