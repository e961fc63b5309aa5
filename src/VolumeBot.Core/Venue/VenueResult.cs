using System.Diagnostics.CodeAnalysis;

namespace VolumeBot.Core.Venue;

public readonly struct VenueResult<T>
{
    private readonly T? _value;

    private VenueResult(T? value, VenueError? error)
    {
        _value = value;
        Error = error;
    }

    public VenueError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error}");

    public static VenueResult<T> Ok(T value) => new(value, null);

    public static VenueResult<T> Fail(VenueError error) => new(default, error);

    public static VenueResult<T> Fail(VenueErrorKind kind, string message) => new(default, new VenueError(kind, message));

    public static implicit operator VenueResult<T>(VenueError error) => Fail(error);

    public override string ToString() => IsSuccess ? $"Ok({_value})" : $"Fail({Error})";
}
