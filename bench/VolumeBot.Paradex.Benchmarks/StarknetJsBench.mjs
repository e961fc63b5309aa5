// Times typedData.getMessageHash + ec.starkCurve.sign (starknet.js) per order.
// argv: <starknet package dir's parent package.json> <inputs.json>
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(process.argv[2]);
const { typedData, ec } = require('starknet');
const input = JSON.parse(readFileSync(process.argv[3], 'utf8'));

// exact decimal string -> 10^8 quantums, no floating point
function quantums(value) {
  const [whole, fraction = ''] = value.split('.');
  return (BigInt(whole) * 10n ** 8n + BigInt((fraction + '00000000').slice(0, 8))).toString();
}

function orderTypedData(order) {
  return {
    domain: { name: 'Paradex', chainId: input.chainIdFelt, version: '1' },
    primaryType: 'Order',
    types: {
      StarkNetDomain: [
        { name: 'name', type: 'felt' },
        { name: 'chainId', type: 'felt' },
        { name: 'version', type: 'felt' },
      ],
      Order: [
        { name: 'timestamp', type: 'felt' },
        { name: 'market', type: 'felt' },
        { name: 'side', type: 'felt' },
        { name: 'orderType', type: 'felt' },
        { name: 'size', type: 'felt' },
        { name: 'price', type: 'felt' },
      ],
    },
    message: {
      timestamp: String(order.timestamp),
      market: order.market,
      side: order.side === 'BUY' ? '1' : '2',
      orderType: order.type,
      size: quantums(order.size),
      price: order.price === null ? '0' : quantums(order.price),
    },
  };
}

function signOrder(order) {
  const hash = typedData.getMessageHash(orderTypedData(order), input.account);
  const signature = ec.starkCurve.sign(hash, input.privateKey);
  return { hash, signature };
}

for (let i = 0; i < input.warmup; i++) signOrder(input.orders[i % input.orders.length]);

const times = [];
const results = [];
for (const order of input.orders) {
  const start = process.hrtime.bigint();
  const { hash, signature } = signOrder(order);
  times.push(Number(process.hrtime.bigint() - start));
  results.push({ hash: BigInt(hash).toString(16), r: signature.r.toString(16), s: signature.s.toString(16) });
}

times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ medianNs: times[times.length >> 1], results }));
