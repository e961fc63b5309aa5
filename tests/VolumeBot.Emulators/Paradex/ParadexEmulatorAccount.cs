using VolumeBot.Paradex.Signing;

namespace VolumeBot.Emulators.Paradex;

/// <summary>An account the emulator knows: its key (test material), public key and derived L2 address.</summary>
public sealed class ParadexEmulatorAccount
{
    internal ParadexEmulatorAccount(string privateKeyHex, string l1Address, ParaclearClassHashes classHashes, bool onboarded)
    {
        PrivateKeyHex = privateKeyHex;
        L1Address = l1Address;
        var key = StarkKey.FromHex(privateKeyHex);
        PublicKey = key.PublicKey;
        Address = AccountAddress.Derive(key.PublicKey, classHashes);
        VerificationKey = key.VerificationKey;
        Onboarded = onboarded;
    }

    public string PrivateKeyHex { get; }

    public string L1Address { get; }

    public Felt PublicKey { get; }

    public Felt Address { get; }

    /// <summary>Lowercase 0x hex without leading zeros: the engine's account name and the JWT subject.</summary>
    public string Id => Address.ToHexString();

    public bool Onboarded { get; set; }

    internal StarkPublicKey VerificationKey { get; }

    public override string ToString() => $"ParadexEmulatorAccount({Id})";
}
