// Signs a Paradex auth request and an order with the official tooling (@paradex/sdk config handling, starknet.js
// typed data + Stark ECDSA, the calls of Paradex's TypeScript code sample), sends them to the REST URL given as the
// first argument, then sends the same order with its size changed. Prints one JSON object with what happened.
// The private key comes from INTEROP_PRIVATE_KEY (a test key of the emulator).
import { buildConfig } from '@paradex/sdk/dist/config.js';
import { CallData, ec, hash, shortString, typedData } from 'starknet';

const restUrl = process.argv[2].replace(/\/$/, '');
const privateKey = process.env.INTEROP_PRIVATE_KEY;

const config = buildConfig(await (await fetch(`${restUrl}/system/config`)).json());
const publicKey = ec.starkCurve.getStarkKey(privateKey);
// the account address exactly as @paradex/sdk derives it (account.js generateAccountAddress)
const address = hash.calculateContractAddressFromHash(
  publicKey,
  config.paraclearAccountProxyHash,
  CallData.compile({
    implementation: config.paraclearAccountHash,
    selector: hash.getSelectorFromName('initialize'),
    calldata: CallData.compile({ signer: publicKey, guardian: '0' }),
  }),
  0,
);

const domain = { name: 'Paradex', chainId: shortString.encodeShortString(config.paradexChainId), version: '1' };
const felt = (name) => ({ name, type: 'felt' });
const domainType = [felt('name'), felt('chainId'), felt('version')];

function sign(primaryType, fields, message) {
  const td = { domain, primaryType, types: { StarkNetDomain: domainType, [primaryType]: fields.map(felt) }, message };
  const messageHash = typedData.getMessageHash(td, address);
  const signature = ec.starkCurve.sign(messageHash, privateKey);
  return { messageHash, r: signature.r, s: signature.s, wire: JSON.stringify([signature.r.toString(), signature.s.toString()]) };
}

// exact decimal string -> quantums (x 10^8), never through JS numbers
function quantums(text) {
  const [whole, fraction = ''] = text.split('.');
  return (BigInt(whole) * 10n ** 8n + BigInt((fraction + '00000000').slice(0, 8))).toString();
}

const now = Math.floor(Date.now() / 1000);
const auth = sign('Request', ['method', 'path', 'body', 'timestamp', 'expiration'],
  { method: 'POST', path: '/v1/auth', body: '', timestamp: now, expiration: now + 1800 });
const authResponse = await fetch(`${restUrl}/auth`, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'PARADEX-STARKNET-ACCOUNT': address,
    'PARADEX-STARKNET-SIGNATURE': auth.wire,
    'PARADEX-TIMESTAMP': String(now),
    'PARADEX-SIGNATURE-EXPIRATION': String(now + 1800),
  },
});
const authBody = await authResponse.json();
if (!authResponse.ok) {
  console.log(JSON.stringify({ address, auth: { status: authResponse.status, body: authBody } }));
  process.exit(0);
}

const bbo = await (await fetch(`${restUrl}/bbo/BTC-USD-PERP`)).json();
const price = (Math.floor(Number(bbo.bid)) - 50).toString(); // well below the touch: the post-only rests
const order = { market: 'BTC-USD-PERP', side: 'BUY', type: 'LIMIT', size: '0.01', price, instruction: 'POST_ONLY', signature_timestamp: Date.now() };
const signed = sign('Order', ['timestamp', 'market', 'side', 'orderType', 'size', 'price'], {
  timestamp: String(order.signature_timestamp),
  market: order.market,
  side: order.side === 'BUY' ? '1' : '2',
  orderType: order.type,
  size: quantums(order.size),
  price: quantums(order.price),
});

async function post(body) {
  const response = await fetch(`${restUrl}/orders`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${authBody.jwt_token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const body = { ...order, client_id: `interop-${order.signature_timestamp}`, signature: signed.wire };
const accepted = await post(body);
const tampered = await post({ ...body, client_id: `${body.client_id}-tampered`, size: '0.02' });

console.log(JSON.stringify({
  address,
  publicKey,
  auth: { status: authResponse.status },
  order: { ...order, client_id: body.client_id, messageHash: signed.messageHash, r: signed.r.toString(), s: signed.s.toString() },
  accepted,
  tampered,
}));
