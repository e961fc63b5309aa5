// Signs a GRVT order with ethers (TypedDataEncoder + Wallet/SigningKey) and sends it with the official
// @grvt/client (MDG.instrument, TDG.createOrder, TDG.order) to the URL given, an emulator in the tests.
// @grvt/client speaks the /lite API; the emulator speaks /full, so an axios interceptor maps lite <-> full
// with the client's own schema maps. Prints one JSON line: { ok, ... } or { ok: false, code, message }.
import { createRequire } from 'node:module';
import { TypedDataEncoder, Wallet, parseUnits } from 'ethers';

const require = createRequire(import.meta.url);
const { MDG, TDG } = require('@grvt/client');
const { Utils } = require('@grvt/client/utils');
const maps = (name) => require(`@grvt/client/interfaces/codegen/schema-maps/${name}`);
const mapOf = (module) => Object.values(module)[0];
const endpoints = {
  instrument: [mapOf(maps('api_get_instrument_request')), mapOf(maps('api_get_instrument_response'))],
  create_order: [mapOf(maps('api_create_order_request')), mapOf(maps('api_create_order_response'))],
  order: [mapOf(maps('api_get_order_request')), mapOf(maps('api_get_order_response'))],
};

const errorMap = mapOf(maps('error'));
const input = JSON.parse(process.argv[2]);

function speakFull(axios, session) {
  axios.interceptors.request.use((config) => {
    const name = config.url.split('/').pop();
    const [request] = endpoints[name];
    config.url = config.url.replace('/lite/', '/full/');
    const body = typeof config.data === 'string' ? JSON.parse(config.data) : config.data;
    config.data = JSON.stringify(Utils.schemaMap(body, request.LITE_TO_FULL));
    config.headers['Content-Type'] = 'application/json';
    if (session) {
      config.headers['Cookie'] = `gravity=${session.cookie}`;
      config.headers['X-Grvt-Account-Id'] = session.accountId;
    }
    return config;
  });
  axios.interceptors.response.use((response) => {
    const name = response.config.url.split('/').pop();
    const [, reply] = endpoints[name];
    response.data = Utils.schemaMap(response.data, reply.FULL_TO_LITE, true);
    return response;
  }, (error) => {
    if (error.response?.data) error.response.data = Utils.schemaMap(error.response.data, errorMap.FULL_TO_LITE, true);
    throw error;
  });
}

async function login() {
  const res = await fetch(`${input.baseUrl}/auth/api_key/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ api_key: input.apiKey }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('gravity='));
  if (res.status !== 200 || !cookie) throw new Error(`login failed: HTTP ${res.status}`);
  return { cookie: cookie.slice('gravity='.length), accountId: res.headers.get('x-grvt-account-id') };
}

async function main() {
  const session = await login();
  const mdg = new MDG({ host: input.baseUrl });
  const tdg = new TDG({ host: input.baseUrl });
  speakFull(mdg.axios, null);
  speakFull(tdg.axios, session);

  const { result: instrument } = await mdg.instrument({ instrument: input.instrument });
  const wallet = new Wallet(input.privateKey);
  const signingWallet = input.tamper === 'other_key' ? Wallet.createRandom() : wallet;
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
  const nonce = input.nonce;
  const expiration = (BigInt(Date.now()) * 1_000_000n + 3_600_000_000_000n).toString();
  const message = {
    subAccountID: input.subAccountId,
    isMarket: false,
    timeInForce: 1,
    postOnly: false,
    reduceOnly: false,
    legs: [{
      assetID: BigInt(instrument.instrument_hash),
      contractSize: parseUnits(input.size, Number(instrument.base_decimals)),
      limitPrice: parseUnits(input.price, 9),
      isBuyingContract: input.side === 'buy',
    }],
    nonce,
    expiration,
  };
  const digest = TypedDataEncoder.hash(domain, types, message);
  const signature = signingWallet.signingKey.sign(digest);

  const order = {
    sub_account_id: input.subAccountId,
    is_market: false,
    time_in_force: 'GOOD_TILL_TIME',
    post_only: false,
    reduce_only: false,
    legs: [{ instrument: input.instrument, size: input.size, limit_price: input.price, is_buying_asset: input.side === 'buy' }],
    signature: { r: signature.r, s: signature.s, v: signature.v, expiration, nonce, signer: signingWallet.address },
    metadata: { client_order_id: input.clientOrderId },
  };
  if (input.tamper === 'size') order.legs[0].size = input.tamperedSize;
  if (input.tamper === 'limit_price') order.legs[0].limit_price = input.tamperedPrice;
  if (input.tamper === 'expiration') order.signature.expiration = (BigInt(expiration) + 1n).toString();

  try {
    const created = await tdg.createOrder({ order });
    const { result: found } = await tdg.order({ sub_account_id: input.subAccountId, client_order_id: input.clientOrderId });
    console.log(JSON.stringify({
      ok: true, digest, signer: wallet.address, r: signature.r, s: signature.s, v: signature.v, expiration,
      created_order_id: created.result.order_id, created_status: created.result.state.status,
      order_id: found.order_id, status: found.state.status,
    }));
  } catch (error) {
    const data = error.response?.data ?? {};
    console.log(JSON.stringify({ ok: false, http: error.response?.status ?? 0, code: data.code ?? null, message: data.message ?? String(error.message), digest }));
  }
}

main().catch((error) => {
  console.log(JSON.stringify({ ok: false, code: null, message: `script failed: ${error.message}` }));
  process.exitCode = 2;
});
