// Times ethers' TypedDataEncoder.hash + SigningKey.sign per order on the inputs written by the C# benchmark.
// Usage: node EthersBench.mjs <input.json> <output.json> <directory holding node_modules/ethers>
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [inputPath, outputPath, ethersDirectory] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(ethersDirectory), 'package.json'));
const { TypedDataEncoder, SigningKey, version } = require('ethers');

const input = JSON.parse(readFileSync(inputPath, 'utf8'));
const domain = { name: 'GRVT Exchange', version: '0', chainId: input.chainId };
const types = {
  Order: [
    { name: 'subAccountID', type: 'uint64' },
    { name: 'isMarket', type: 'bool' },
    { name: 'timeInForce', type: 'uint8' },
    { name: 'postOnly', type: 'bool' },
    { name: 'reduceOnly', type: 'bool' },
    { name: 'legs', type: 'OrderLeg[]' },
    { name: 'nonce', type: 'uint32' },
    { name: 'expiration', type: 'int64' },
  ],
  OrderLeg: [
    { name: 'assetID', type: 'uint256' },
    { name: 'contractSize', type: 'uint64' },
    { name: 'limitPrice', type: 'uint64' },
    { name: 'isBuyingContract', type: 'bool' },
  ],
};
const key = new SigningKey(input.privateKey);
const hashAndSign = (message) => key.sign(TypedDataEncoder.hash(domain, types, message));

for (let pass = 0; pass < input.warmUpPasses; pass++) {
  for (const message of input.orders) hashAndSign(message);
}

const samplesUs = new Array(input.orders.length);
const signatures = new Array(input.orders.length);
for (let i = 0; i < input.orders.length; i++) {
  const start = process.hrtime.bigint();
  const signature = hashAndSign(input.orders[i]);
  const end = process.hrtime.bigint();
  samplesUs[i] = Number(end - start) / 1000;
  signatures[i] = { r: signature.r, s: signature.s, v: signature.v };
}

writeFileSync(outputPath, JSON.stringify({ ethersVersion: version, nodeVersion: process.version, samplesUs, signatures }));
