namespace VolumeBot.Paradex.Signing;

/// <summary>Class hashes from /system/config that determine the account address.</summary>
/// <param name="AccountHash"><c>paraclear_account_hash</c>: the implementation, first constructor argument.</param>
/// <param name="ProxyHash"><c>paraclear_account_proxy_hash</c>: the class actually deployed.</param>
public sealed record ParaclearClassHashes(Felt AccountHash, Felt ProxyHash);

/// <summary>Every step of an account address derivation (for diagnostics and tests).</summary>
public sealed record AccountAddressDerivation(
    Felt ClassHash,
    Felt Salt,
    Felt DeployerAddress,
    IReadOnlyList<Felt> ConstructorCalldata,
    Felt ConstructorCalldataHash,
    Felt RawHash,
    Felt Address);

/// <summary>
/// L2 account address of a Paradex (Cairo 0 proxy) account, as paradex-py and @paradex/sdk compute it:
/// the standard Starknet contract address with class = proxy hash, salt = public key, deployer 0 and
/// calldata [account hash, selector("initialize"), 2, public key, 0 (guardian)].
/// </summary>
public static class AccountAddress
{
    public static readonly Felt ContractAddressPrefix = ShortString.Encode("STARKNET_CONTRACT_ADDRESS");

    public static readonly Felt InitializeSelector = Felt.ParseHex("0x79dc0da7c54b95f10aa182ad0a46400db63156920adb65eca2654c0945a463");

    /// <summary>2^251 − 256.</summary>
    public static readonly Felt AddressBound = Felt.Subtract(StarkCurve.SignatureBound, 256);

    public static Felt Derive(Felt publicKey, ParaclearClassHashes classHashes) => Explain(publicKey, classHashes).Address;

    public static AccountAddressDerivation Explain(Felt publicKey, ParaclearClassHashes classHashes)
    {
        ArgumentNullException.ThrowIfNull(classHashes);
        Felt[] calldata = [classHashes.AccountHash, InitializeSelector, 2UL, publicKey, Felt.Zero];
        var calldataHash = Pedersen.HashChain(calldata);
        var deployer = Felt.Zero;
        var raw = Pedersen.HashChain([ContractAddressPrefix, deployer, publicKey, classHashes.ProxyHash, calldataHash]);
        return new AccountAddressDerivation(
            classHashes.ProxyHash,
            publicKey,
            deployer,
            calldata,
            calldataHash,
            raw,
            raw.ReduceBySubtraction(AddressBound));
    }
}
