"""Load benchmark through a real Envoy: passthrough vs the Warden filter, in one run.

An upstream Envoy answers MCP requests with canned bodies (direct_response), so
the measurement is the front proxy, not a Python server. The front Envoy has a
passthrough listener and a Warden listener (and, with --sidecar, one that also
consults the sidecar) to the same upstream. wrk drives each in turn, rounds
interleaved; medians over rounds are reported, with the ratio to passthrough.
Loopback only; every run is bounded in time.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))
import stack as S  # noqa: E402

CALL_REQUEST = json.dumps({
    "jsonrpc": "2.0", "id": 7, "method": "tools/call",
    "params": {"name": "get_weather", "arguments": {"city": "Oslo", "units": "metric", "days": 3}},
})
LIST_REQUEST = json.dumps({"jsonrpc": "2.0", "id": 8, "method": "tools/list", "params": {}})
CALL_RESULT = json.dumps({
    "jsonrpc": "2.0", "id": 7,
    "result": {"content": [{"type": "text", "text": "It is 21C and sunny in Oslo."}], "isError": False},
})


def tools_list_result(n: int = 30) -> str:
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
                            {
                                "name": "envoy.filters.http.router",
                                "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"},
                            },
                        ],
                    },
                }]}],
            }],
        },
    }


LUA = """
wrk.method = "POST"
wrk.body = {body}
wrk.headers["content-type"] = "application/json"
wrk.headers["accept"] = "application/json, text/event-stream"
"""

LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)


def wrk(port: int, path: str, script: Path, seconds: int, connections: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script),
         f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, timeout=seconds + 30, check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    scale = {"us": 1e-3, "ms": 1.0, "s": 1e3}
    lat = {p: float(v) * scale[u] for p, v, u in LATENCY.findall(out)}
    return {"rps": rps, "p50_ms": lat.get("50"), "p99_ms": lat.get("99"),
            "errors": int(non2xx.group(1)) if non2xx else 0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--sidecar", action="store_true", help="also measure the filter + sidecar path")
    ap.add_argument("--plugin-config", type=Path, help="filter config JSON (default: envoy/warden.yaml's, without sidecar)")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="warden-bench-"))
    st = S.Stack(work)
    try:
        up_cfg = work / "upstream.yaml"
        up_cfg.write_text(yaml.safe_dump(upstream_config()))
        admin_file = work / "upstream-admin.txt"
        up = st.spawn("upstream", [S.envoy_binary(), "-c", str(up_cfg), "--disable-hot-restart",
                                   "--concurrency", "1", "-l", "warning", "--admin-address-path", str(admin_file)])
        up_admin = int(S.wait_until(lambda: admin_file.read_text().strip(), "upstream", proc=up.popen).rsplit(":", 1)[1])
        S.wait_until(lambda: S.http_get(up_admin, "/ready")[0] == 200, "upstream ready", proc=up.popen)
        listeners = json.loads(S.http_get(up_admin, "/listeners?format=json")[1])["listener_statuses"]
        upstream_port = listeners[0]["local_address"]["socket_address"]["port_value"]

        if args.plugin_config:
            plugin = json.loads(args.plugin_config.read_text())
        else:
            plugin = S.default_plugin_config()
        plugin.pop("sidecar", None)
        _, ports, _ = st.envoy("warden.yaml", upstream_port=upstream_port, plugin_config=plugin,
                               passthrough_listener=True)
        targets = {"passthrough": ports["passthrough"], "warden": ports["mcp"]}
        if args.sidecar:
            _, sidecar_port = st.sidecar({"toolDenyList": ["exec_*"]}, profile="release")
            with_sidecar = dict(plugin, sidecar={"cluster": "warden_sidecar", "timeoutMs": 1000,
                                                 "methods": ["tools/call"]})
            _, sports, _ = st.envoy("warden.yaml", upstream_port=upstream_port, sidecar_port=sidecar_port,
                                    plugin_config=with_sidecar)
            targets["warden+sidecar"] = sports["mcp"]

        workloads = {"tools/call": ("/mcp", CALL_REQUEST), "tools/list (30 tools)": ("/mcp/list", LIST_REQUEST)}
        scripts = {}
        for name, (_, body) in workloads.items():
            script = work / f"{len(scripts)}.lua"
            script.write_text(LUA.format(body=json.dumps(body)))
            scripts[name] = script

        results: dict[tuple[str, str], list[dict]] = {}
        for r in range(args.rounds):
            for wname, (path, _) in workloads.items():
                for tname, port in targets.items():
                    res = wrk(port, path, scripts[wname], args.seconds, args.connections)
                    results.setdefault((wname, tname), []).append(res)
                    print(f"round {r + 1} {wname:22} {tname:15} {res['rps']:9.0f} req/s", file=sys.stderr)

        print(f"\nwrk -t1 -c{args.connections} -d{args.seconds}s, {args.rounds} rounds interleaved, "
              f"Envoy --concurrency 1; medians")
        print(f"{'workload':22} {'path':15} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>6} {'errors':>6}")
        for wname in workloads:
            base = statistics.median(x["rps"] for x in results[(wname, "passthrough")])
            for tname in targets:
                runs = results[(wname, tname)]
                rps = statistics.median(x["rps"] for x in runs)
                p50 = statistics.median(x["p50_ms"] for x in runs)
                p99 = statistics.median(x["p99_ms"] for x in runs)
                errors = sum(x["errors"] for x in runs)
                print(f"{wname:22} {tname:15} {rps:9.0f} {p50:8.3f} {p99:8.3f} {rps / base:6.2f} {errors:6d}")
    finally:
        st.stop_all()


if __name__ == "__main__":
    main()
