namespace VolumeBot.Paradex.Signing;

/// <summary>A SNIP-12 revision 0 struct type whose fields are all <c>felt</c> (all Paradex types are).</summary>
public sealed class StarkTypedDataType
{
    private readonly Lazy<Felt> typeHash;
    private readonly Lazy<PedersenChain> hashPrefix;

    public StarkTypedDataType(string name, params string[] fieldNames)
    {
        Name = name;
        FieldNames = fieldNames;
        TypeString = $"{name}({string.Join(",", fieldNames.Select(f => f + ":felt"))})";
        typeHash = new Lazy<Felt>(() => StarknetKeccak.Hash(TypeString));
        hashPrefix = new Lazy<PedersenChain>(() => PedersenChain.Empty.Append(TypeHash));
    }

    public string Name { get; }

    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>e.g. <c>Order(timestamp:felt,market:felt,…)</c>: declared order, no spaces, no quotes.</summary>
    public string TypeString { get; }

    public Felt TypeHash => typeHash.Value;

    /// <summary>struct_hash = H_chain([type_hash, field1, …, fieldk]).</summary>
    public Felt StructHash(ReadOnlySpan<Felt> fieldValues)
    {
        if (fieldValues.Length != FieldNames.Count)
        {
            throw new ArgumentException($"{Name} has {FieldNames.Count} fields, got {fieldValues.Length}.", nameof(fieldValues));
        }

        return hashPrefix.Value.AppendAll(fieldValues).Finish();
    }
}
