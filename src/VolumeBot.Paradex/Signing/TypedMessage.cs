namespace VolumeBot.Paradex.Signing;

/// <summary>A typed-data message: its type and the felt-encoded field values in declared order.</summary>
public sealed class TypedMessage
{
    private readonly Felt[] fields;

    public TypedMessage(StarkTypedDataType type, params Felt[] fields)
    {
        if (fields.Length != type.FieldNames.Count)
        {
            throw new ArgumentException($"{type.Name} has {type.FieldNames.Count} fields, got {fields.Length}.", nameof(fields));
        }

        Type = type;
        this.fields = fields;
    }

    public StarkTypedDataType Type { get; }

    public IReadOnlyList<Felt> Fields => fields;

    public Felt StructHash() => Type.StructHash(fields);
}
