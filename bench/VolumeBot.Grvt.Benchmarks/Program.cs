using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using VolumeBot.Grvt.Benchmarks;
using VolumeBot.Grvt.Signing;

// GRVT order signing benchmark: EIP-712 Order hash + secp256k1 signature per order, C# versus ethers,
// on identical inputs in one run. Usage: dotnet run -c Release --project bench/VolumeBot.Grvt.Benchmarks [orders]
const double TargetMicroseconds = 45;
const double TargetSpeedup = 12;

var orderCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var chainId = GrvtChainId.Prod;
var requests = BenchmarkOrders.Create(orderCount, seed: 20260101);
var typedData = requests.Select(r => GrvtOrderSigner.CreateTypedData(r, r.Nonce!.Value, r.ExpirationNs!.Value)).ToList();

// A fresh throw-away key per run: nothing secret is stored in the repository or printed.
var privateKey = RandomNumberGenerator.GetBytes(32);
privateKey[0] &= 0x7F; // keeps the key below the curve order
var key = EthereumKey.FromBytes(privateKey);

Console.WriteLine($"GRVT signing benchmark: {orderCount} orders, chain {chainId}, signer {key.Address}");
Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} cores");

var csharp = CSharpSigningBench.Run(key, chainId, typedData, requests);
var ethers = EthersRunner.Run(privateKey, chainId, typedData);
CryptographicOperations.ZeroMemory(privateKey);

var identical = 0;
for (var i = 0; i < orderCount; i++)
{
    var mine = csharp.Signatures[i];
    var theirs = ethers.Signatures[i];
    if (string.Equals(mine.RHex, theirs.R, StringComparison.OrdinalIgnoreCase)
        && string.Equals(mine.SHex, theirs.S, StringComparison.OrdinalIgnoreCase)
        && mine.V == theirs.V)
        identical++;
}

var ratio = ethers.MedianUs / csharp.HashAndSignMedianUs;
Console.WriteLine($"ethers {ethers.EthersVersion} on node {ethers.NodeVersion}");
Console.WriteLine($"C# median (EIP-712 hash + sign):            {csharp.HashAndSignMedianUs,8:F1} µs/order");
Console.WriteLine($"ethers median (TypedDataEncoder.hash+sign): {ethers.MedianUs,8:F1} µs/order");
Console.WriteLine($"ratio ethers / C#:                          {ratio,8:F1}x");
Console.WriteLine($"C# median full order (scale+hash+sign+JSON): {csharp.FullOrderMedianUs,7:F1} µs/order");
Console.WriteLine($"signatures identical: {identical}/{orderCount}");
Console.WriteLine($"targets: ≤ {TargetMicroseconds} µs {(csharp.HashAndSignMedianUs <= TargetMicroseconds ? "MET" : "MISSED")}, ≥ {TargetSpeedup}x ethers {(ratio >= TargetSpeedup ? "MET" : "MISSED")}");

return identical == orderCount ? 0 : 1;
