// The filter's own cost per request under V8, with no Envoy around it: node
// (V8, the engine Envoy runs the filter in) plays a proxy-wasm host that
// answers the filter's host calls from memory, and drives one exchange per
// request through the callbacks Envoy would call (a gRPC call to the sidecar
// is answered at once with an allow). Envoy's binary is stripped
// and its V8 keeps no perf map, so this is where the filter's time is seen by
// function. It prints the time and the host calls per exchange. Run through
// `bench/profile.py --v8`, which writes the inputs.
//
//   node bench/v8_host.mjs FILTER.wasm CONFIG.json REQUEST.json RESPONSE.json
//        [--requests N] [--profile TOP]
//
// Build the filter with symbols for names in the profile:
//   CARGO_PROFILE_WASM_STRIP=false cargo build -p warden-filter \
//     --target wasm32-wasip1 --profile wasm
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { WASI } from 'node:wasi';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args.splice(at, 2)[1]);
};
const requests = option('--requests', 20000);
const top = option('--profile', 0);
const [wasmPath, configPath, requestPath, responsePath] = args;
if (!responsePath) {
  console.error('usage: v8_host.mjs FILTER.wasm CONFIG.json REQUEST.json RESPONSE.json [--requests N] [--profile TOP]');
  process.exit(2);
}
const config = readFileSync(configPath);
const requestBody = readFileSync(requestPath);
const responseBody = readFileSync(responsePath);

// proxy-wasm map and buffer types.
const REQUEST_HEADERS = 0, RESPONSE_HEADERS = 2;
const REQUEST_BODY = 0, RESPONSE_BODY = 1, GRPC_RECEIVE = 5, PLUGIN_CONFIGURATION = 7;
// The sidecar's answer to every gRPC call: a `DecideResponse` with effect
// ALLOW (field 1, varint 1), so sidecar paths run their whole exchange.
const SIDECAR_ALLOW = new Uint8Array([0x08, 0x01]);
const OK = 0, NOT_FOUND = 1;

const REQUEST_HEADER_LIST = [
  [':authority', 'mcp.local'], [':path', '/mcp'], [':method', 'POST'], [':scheme', 'http'],
  ['content-type', 'application/json'], ['accept', 'application/json, text/event-stream'],
  ['content-length', String(requestBody.length)], ['user-agent', 'wrk'],
  ['x-forwarded-proto', 'http'], ['x-request-id', '0f0e0d0c-0b0a-0908-0706-050403020100'],
];
const RESPONSE_HEADER_LIST = [
  [':status', '200'], ['content-type', 'application/json'],
  ['content-length', String(responseBody.length)], ['date', 'Tue, 01 Dec 2026 20:00:00 GMT'],
  ['server', 'envoy'], ['x-envoy-upstream-service-time', '0'],
];

const encoder = new TextEncoder();
// The serialised header maps, by list: Envoy builds them in C++, so the
// harness should not charge JavaScript string work to the filter. A list is
// never changed in place (an edit makes a new one), so it can be the key.
const serialised = new WeakMap();
function headerPairs(headers) {
  let out = serialised.get(headers);
  if (out) return out;
  const parts = headers.map(([k, v]) => [encoder.encode(k), encoder.encode(v)]);
  let size = 4;
  for (const [k, v] of parts) size += 8 + k.length + 1 + v.length + 1;
  out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, parts.length, true);
  let at = 4;
  for (const [k, v] of parts) {
    view.setUint32(at, k.length, true);
    view.setUint32(at + 4, v.length, true);
    at += 8;
  }
  for (const [k, v] of parts) {
    out.set(k, at);
    at += k.length + 1;
    out.set(v, at);
    at += v.length + 1;
  }
  serialised.set(headers, out);
  return out;
}

let exchange;
function freshExchange() {
  exchange = {
    headers: { [REQUEST_HEADERS]: REQUEST_HEADER_LIST, [RESPONSE_HEADERS]: RESPONSE_HEADER_LIST },
    buffers: { [REQUEST_BODY]: requestBody, [RESPONSE_BODY]: responseBody, [PLUGIN_CONFIGURATION]: config },
    localReply: null,
  };
}
freshExchange();

let instance;
const memory = () => new Uint8Array(instance.exports.memory.buffer);
const view = () => new DataView(instance.exports.memory.buffer);
const text = (ptr, len) => Buffer.from(instance.exports.memory.buffer, ptr, len).toString();
function hand(bytes, ptrOut, lenOut) {
  const ptr = instance.exports.proxy_on_memory_allocate(bytes.length);
  memory().set(bytes, ptr);
  view().setUint32(ptrOut, ptr, true);
  view().setUint32(lenOut, bytes.length, true);
  return OK;
}
const headers = (map) => exchange.headers[map] ?? [];
let metricIds = 0;
let nextToken = 1;
const pendingGrpc = [];
const host = {
  proxy_grpc_call: (up, upl, sp, sl, mp, ml, hp, hl, msgp, msgl, timeout, tokenOut) => {
    view().setUint32(tokenOut, nextToken, true);
    pendingGrpc.push(nextToken++);
    return OK;
  },
  proxy_log: (level, ptr, len) => {
    if (level >= 3) console.error(`filter log ${level}: ${text(ptr, len)}`);
    return OK;
  },
  proxy_get_header_map_pairs: (map, ptrOut, lenOut) => hand(headerPairs(headers(map)), ptrOut, lenOut),
  proxy_get_header_map_value: (map, kp, kl, ptrOut, lenOut) => {
    const name = text(kp, kl);
    const found = headers(map).find(([k]) => k === name);
    return found ? hand(encoder.encode(found[1]), ptrOut, lenOut) : NOT_FOUND;
  },
  proxy_remove_header_map_value: (map, kp, kl) => {
    const name = text(kp, kl);
    exchange.headers[map] = headers(map).filter(([k]) => k !== name);
    return OK;
  },
  proxy_replace_header_map_value: (map, kp, kl, vp, vl) => {
    const name = text(kp, kl);
    exchange.headers[map] = [...headers(map).filter(([k]) => k !== name), [name, text(vp, vl)]];
    return OK;
  },
  proxy_add_header_map_value: (map, kp, kl, vp, vl) => {
    exchange.headers[map] = [...headers(map), [text(kp, kl), text(vp, vl)]];
    return OK;
  },
  proxy_get_buffer_bytes: (type, start, max, ptrOut, lenOut) => {
    const buffer = exchange.buffers[type];
    // Sizes are u32 (the filter asks for "all" with u32::MAX).
    return buffer ? hand(buffer.subarray(start >>> 0, (start >>> 0) + (max >>> 0)), ptrOut, lenOut) : NOT_FOUND;
  },
  proxy_set_buffer_bytes: (type, start, len, ptr, size) => {
    exchange.buffers[type] = memory().slice(ptr, ptr + size);
    return OK;
  },
  proxy_send_local_response: (status, dp, dl, bodyPtr, bodyLen) => {
    exchange.localReply = `${status} ${text(bodyPtr, bodyLen)}`;
    return OK;
  },
  proxy_define_metric: (type, np, nl, idOut) => {
    view().setUint32(idOut, ++metricIds, true);
    return OK;
  },
  proxy_get_current_time_nanoseconds: (out) => {
    view().setBigUint64(out, process.hrtime.bigint(), true);
    return OK;
  },
  // No shared data, properties or peers: lookups miss, writes succeed.
  proxy_get_shared_data: () => NOT_FOUND,
  proxy_get_property: () => NOT_FOUND,
  proxy_get_status: () => NOT_FOUND,
};

const module = new WebAssembly.Module(readFileSync(wasmPath));
// Every host call is counted: the calls per exchange are part of the report.
const calls = new Map();
const env = {};
for (const i of WebAssembly.Module.imports(module)) {
  if (i.module !== 'env') continue;
  const answer = host[i.name] ?? (() => OK);
  env[i.name] = (...a) => {
    calls.set(i.name, (calls.get(i.name) ?? 0) + 1);
    return answer(...a);
  };
}
const wasi = new WASI({ version: 'preview1' });
instance = new WebAssembly.Instance(module, { env, wasi_snapshot_preview1: wasi.getImportObject().wasi_snapshot_preview1 });
wasi.initialize(instance);
const filter = instance.exports;
const ROOT = 1;
filter.proxy_on_context_create(ROOT, 0);
filter.proxy_on_vm_start(ROOT, 0);
if (!filter.proxy_on_configure(ROOT, config.length)) {
  console.error('the filter refused its configuration');
  process.exit(1);
}

// Every gRPC call the filter made is answered at once, as an allowing sidecar.
function answerSidecar() {
  while (pendingGrpc.length) {
    exchange.buffers[GRPC_RECEIVE] = SIDECAR_ALLOW;
    filter.proxy_on_grpc_receive(ROOT, pendingGrpc.shift(), SIDECAR_ALLOW.length);
  }
}

let nextContext = ROOT + 1;
function oneExchange() {
  freshExchange();
  const id = nextContext++;
  filter.proxy_on_context_create(id, ROOT);
  filter.proxy_on_request_headers(id, exchange.headers[REQUEST_HEADERS].length, 0);
  filter.proxy_on_request_body(id, requestBody.length, 1);
  answerSidecar();
  if (exchange.localReply) throw new Error(`the filter answered locally: ${exchange.localReply}`);
  filter.proxy_on_response_headers(id, exchange.headers[RESPONSE_HEADERS].length, 0);
  filter.proxy_on_response_body(id, responseBody.length, 1);
  answerSidecar();
  filter.proxy_on_log(id);
  filter.proxy_on_done(id);
  filter.proxy_on_delete(id);
}

// Warm up: V8 tiers the hot functions up, as it does in a loaded Envoy.
for (let i = 0; i < 2000; i++) oneExchange();
calls.clear();
const started = process.hrtime.bigint();
for (let i = 0; i < requests; i++) oneExchange();
const perRequest = Number(process.hrtime.bigint() - started) / 1e3 / requests;
const sent = exchange.buffers[RESPONSE_BODY];
const kept = exchange.headers[RESPONSE_HEADERS].some(([k]) => k === 'content-length');
console.log(`${perRequest.toFixed(2)} us/request (${requests} requests); response ${sent.length} bytes, ` +
  `content-length ${kept ? 'kept' : 'removed'}`);
console.log('host calls per exchange: ' + [...calls].sort()
  .map(([name, n]) => `${name.replace(/^proxy_/, '')} ${+(n / requests).toFixed(2)}`).join(', '));

// Rust's legacy mangling (`_ZN` + length-prefixed segments + hash) made readable.
function readable(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let rest = name.slice(3);
  while (/^\d/.test(rest)) {
    const digits = rest.match(/^\d+/)[0];
    const len = Number(digits);
    parts.push(rest.slice(digits.length, digits.length + len));
    rest = rest.slice(digits.length + len);
  }
  return parts.filter((p) => !/^h[0-9a-f]{16}$/.test(p)).join('::')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\$RF\$/g, '&').replace(/\.\./g, '::');
}

if (top) {
  // A second run under the sampling profiler (which slows it down).
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (let i = 0; i < requests; i++) oneExchange();
  const { profile } = await session.post('Profiler.stop');
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map(), total = new Map();
  let all = 0;
  profile.samples.forEach((sample, i) => {
    const dt = profile.timeDeltas[i];
    all += dt;
    const name = (id) => byId.get(id).callFrame.functionName || '(anonymous)';
    self.set(name(sample), (self.get(name(sample)) ?? 0) + dt);
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parent.get(id)) {
      const n = name(id);
      if (!seen.has(n)) total.set(n, (total.get(n) ?? 0) + dt), seen.add(n);
    }
  });
  const table = (title, m) => {
    console.log(`\n${title} (share of the profiled time)`);
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
      .forEach(([n, t]) => console.log(`${(100 * t / all).toFixed(1).padStart(6)}%  ${readable(n).slice(0, 150)}`));
  };
  table('self', self);
  table('inclusive', total);
}
