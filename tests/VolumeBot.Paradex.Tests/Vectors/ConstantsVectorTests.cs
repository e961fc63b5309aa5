using System.Text.Json;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Vectors;

public class ConstantsVectorTests
{
    private static readonly StarkTypedDataType[] KnownTypes =
    [
        ParadexDomain.Type,
        ParadexMessages.RequestType,
        ParadexMessages.OrderType,
        ParadexMessages.ModifyOrderType,
        ParadexMessages.ConstantType,
    ];

    public static TheoryData<string> ConstantIds()
    {
        var data = new TheoryData<string>();
        foreach (var property in ParadexVectorFile.Constants.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && property.Name != "address_config_used")
            {
                foreach (var entry in property.Value.EnumerateObject())
                {
                    data.Add($"{property.Name}/{entry.Name}");
                }
            }
            else
            {
                data.Add(property.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ConstantIds))]
    public void Constant(string id)
    {
        var constants = ParadexVectorFile.Constants;
        var parts = id.Split('/', 2);
        var value = constants.GetProperty(parts[0]);
        if (parts.Length == 2)
        {
            value = value.GetProperty(parts[1]);
        }

        switch (parts[0])
        {
            case "field_prime_p":
                Assert.Equal(value.AsFelt(), StarkCurve.FieldPrime);
                break;
            case "curve_order_n":
                Assert.Equal(value.AsFelt(), StarkCurve.Order);
                break;
            case "addr_bound":
                Assert.Equal(value.AsFelt(), AccountAddress.AddressBound);
                break;
            case "starknet_message_prefix_felt":
                Assert.Equal(value.AsFelt(), TypedDataHasher.MessagePrefix);
                break;
            case "contract_address_prefix_felt":
                Assert.Equal(value.AsFelt(), AccountAddress.ContractAddressPrefix);
                break;
            case "selector_initialize":
                Assert.Equal(value.AsFelt(), AccountAddress.InitializeSelector);
                Assert.Equal(value.AsFelt(), StarknetKeccak.Selector("initialize"));
                break;
            case "chain_id_felts":
                Assert.Equal(value.AsFelt(), new ParadexDomain(parts[1]).ChainIdFelt);
                break;
            case "type_strings":
                Assert.Equal(value.GetString(), TypeNamed(parts[1]).TypeString);
                break;
            case "type_hashes":
                Assert.Equal(value.AsFelt(), TypeNamed(parts[1]).TypeHash);
                break;
            case "domain_hashes":
                Assert.Equal(value.AsFelt(), new ParadexDomain(parts[1]).Hash);
                break;
            case "address_config_used":
                Assert.True(value.Felt("paraclear_account_hash").IsFieldElement);
                Assert.True(value.Felt("paraclear_account_proxy_hash").IsFieldElement);
                break;
            default:
                Assert.Fail($"Constant '{id}' is not checked by this test; add a check for it.");
                break;
        }
    }

    internal static ParaclearClassHashes AddressConfig()
    {
        var config = ParadexVectorFile.Constants.GetProperty("address_config_used");
        return new ParaclearClassHashes(config.Felt("paraclear_account_hash"), config.Felt("paraclear_account_proxy_hash"));
    }

    private static StarkTypedDataType TypeNamed(string name) =>
        KnownTypes.SingleOrDefault(t => t.Name == name) ?? throw new Xunit.Sdk.XunitException($"No typed-data type '{name}'.");
}
