"""WebAssembly guard components in the warden sidecar, end to end: real Envoy,
the real filter, the sidecar running the example guards (built by `make
guards`), the demo MCP server and the official MCP client."""

from __future__ import annotations

import asyncio
import hashlib
import json
import subprocess
import threading
import time
from pathlib import Path

import pytest
import yaml
from conftest import Raw, stats
from mcp import Client
from mcp.shared.exceptions import MCPError
from test_sidecar import DENIED, UNAVAILABLE, outcome, with_sidecar

import stack as S

GUARDS = S.ROOT / "target" / "guards"


def module(name: str) -> tuple[str, str]:
    path = GUARDS / f"{name}.wasm"
    assert path.exists(), f"{path} is missing: run `make guards`"
    return str(path), hashlib.sha256(path.read_bytes()).hexdigest()


def guard(id: str, name: str, config: dict, **extra) -> dict:
    path, sha = module(name)
    # A generous deadline unless a test sets one: the 50 ms default can pass on
    # a loaded CI machine while a reload compiles (deadlines have their own test).
    return {"id": id, "module": path, "sha256": sha, "config": config, "timeoutMs": 2000, **extra}


def write_guards(path: Path, guards: list[dict]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(yaml.safe_dump({"guards": guards}))
    tmp.replace(path)  # atomic: the sidecar never reads half a file


WHITELIST = [{"name": "demo", "urlPattern": "http://127.0.0.1:*/mcp"}]


def pattern(patterns: list[str]) -> dict:
    return guard(
        "patterns",
        "simple_pattern_guard",
        {"patterns": patterns, "maskArguments": ["hunter2"]},
        priority=20,
        runsOn=["toolCall"],
    )


def spoofing(name: str = "server_spoofing_guard") -> dict:
    return guard(
        "spoofing",
        name,
        {"whitelist": WHITELIST, "blockUnknownServers": True},
        priority=10,
        runsOn=["serverConnection", "toolCall"],
    )


@pytest.fixture(scope="module")
def guards_file(workdir) -> Path:
    path = workdir / "guards.yaml"
    write_guards(path, [spoofing(), pattern(["get_weather"])])
    return path


@pytest.fixture(scope="module")
def sidecar(stack, guards_file):
    return stack.sidecar({"wasmGuards": {"file": str(guards_file), "reloadIntervalMs": 100}})


class Session(Raw):
    """Raw JSON-RPC inside an MCP session (the demo server is stateful)."""

    def __init__(self, port: int):
        super().__init__(port)
        init = {
            "jsonrpc": "2.0", "id": 0, "method": "initialize",
            "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}},
        }
        status, headers, _ = super().post(json.dumps(init))
        assert status == 200, status
        sid = {k.lower(): v for k, v in headers.items()}["mcp-session-id"]
        self.headers = {"mcp-session-id": sid, "mcp-protocol-version": "2025-06-18"}
        super().post('{"jsonrpc":"2.0","method":"notifications/initialized"}', headers=self.headers)

    def post(self, body, path: str = "/mcp", headers: dict | None = None):
        return super().post(body, path, {**self.headers, **(headers or {})})

    def rpc(self, body, **kw):
        """The reply, from a JSON body or the last `data:` of an SSE stream."""
        status, _, data = self.post(body, **kw)
        text = data.decode()
        if not text.lstrip().startswith(("{", "[")):
            text = [l[5:].strip() for l in text.splitlines() if l.startswith("data:")][-1]
        return status, json.loads(text)


GUARD_ERROR = -32005
# The filter holds these responses for the sidecar's guards (`sidecar.guardPhases`).
RESPONSE_PHASES = ["toolsList", "toolResult"]


def envoy_for(
    stack, upstream: int, sidecar_port: int, server_name: str, phases: list[str] | None = None
) -> tuple[str, int]:
    cfg = with_sidecar()
    cfg["serverName"] = server_name
    if phases:
        cfg["sidecar"]["guardPhases"] = phases
    _, ports, _ = stack.envoy("warden.yaml", upstream_port=upstream, sidecar_port=sidecar_port, plugin_config=cfg)
    return f"http://127.0.0.1:{ports['mcp']}/mcp", ports["mcp"]


@pytest.fixture(scope="module")
def demo(stack, demo_json, sidecar):
    return envoy_for(stack, demo_json, sidecar[1], "demo")


def test_pattern_guard_blocks_and_modify_reaches_the_client(demo):
    url, port = demo
    assert outcome(url, "add", {"a": 1, "b": 2}).content[0].text == "3.0"
    denied = outcome(url, "get_weather", {"city": "Oslo"})
    assert denied.code == DENIED
    assert denied.data["warden"]["code"] == "tool_pattern_blocked"
    assert denied.data["warden"]["guard"] == "patterns"
    # The guard rewrote the arguments; the server echoes what it received.
    echoed = outcome(url, "echo", {"text": "my password is hunter2"})
    assert echoed.content[0].text == "my password is [MASKED]"
    # Raw: the denial carries the request's id.
    status, reply = Raw(port).rpc(
        '{"jsonrpc":"2.0","id":"g-1","method":"tools/call","params":{"name":"get_weather","arguments":{}}}'
    )
    assert (status, reply["id"], reply["error"]["code"]) == (200, "g-1", DENIED)


# The Python component embeds CPython: the sidecar compiles it for tens of
# seconds before it is ready (a debug build on a loaded machine: a minute or more).
@pytest.mark.parametrize(
    "name", ["server_spoofing_guard", pytest.param("python_guard", marks=pytest.mark.timeout(420))]
)
def test_spoofed_server_is_refused(stack, demo_json, workdir, name):
    path = workdir / f"guards-{name}.yaml"
    write_guards(path, [spoofing(name)])
    _, port = stack.sidecar({"wasmGuards": {"file": str(path), "reloadIntervalMs": 0}}, ready_timeout=360)
    good, _ = envoy_for(stack, demo_json, port, "demo")
    assert outcome(good, "add", {"a": 2, "b": 2}).content[0].text == "4.0"
    for server, code in [("dеmo", "server_homoglyph"), ("demoo", "server_typosquat"), ("weather", "server_unknown")]:
        url, _ = envoy_for(stack, demo_json, port, server)
        err = outcome(url, "add", {"a": 1, "b": 1})
        assert err.code == DENIED, (server, err)
        assert err.data["warden"]["code"] == code, (server, err)


def test_hot_reload_under_load_drops_no_request(demo, guards_file):
    _, port = demo
    raw = Session(port)
    stop = threading.Event()
    results: list[str] = []

    def load(worker: int):
        n = 0
        while not stop.is_set():
            n += 1
            # Ids unique across the workers: they share one MCP session, and the
            # server pairs replies to requests by id within it.
            body = json.dumps(
                {"jsonrpc": "2.0", "id": f"w{worker}-{n}", "method": "tools/call", "params": {"name": "add", "arguments": {"a": 1, "b": n}}}
            )
            try:
                status, reply = raw.rpc(body)
            except OSError as e:  # a timeout is a dropped request, not a dead thread
                results.append(f"{type(e).__name__}: {e}")
                continue
            results.append("ok" if status == 200 and "result" in reply else f"{status} {reply}")

    workers = [threading.Thread(target=load, args=(i,)) for i in range(4)]
    for w in workers:
        w.start()
    try:
        for blocked in (["get_weather", "x1"], ["get_weather", "x2"], ["get_weather", "x3"]):
            write_guards(guards_file, [spoofing(), pattern(blocked)])
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:  # until the new set answers
                _, reply = raw.rpc(
                    json.dumps({"jsonrpc": "2.0", "id": "r", "method": "tools/call", "params": {"name": blocked[1], "arguments": {}}})
                )
                if "error" in reply:
                    break
                time.sleep(0.05)
            else:
                pytest.fail(f"reload to {blocked} never took effect")
    finally:
        stop.set()
        for w in workers:
            w.join()
    failed = [r for r in results if r != "ok"]
    assert len(results) > 20 and not failed, failed[:3]


def test_tampered_module_is_refused_at_start(stack, workdir):
    path = workdir / "guards-tampered.yaml"
    g = pattern(["x"])
    g["sha256"] = "0" * 64
    write_guards(path, [g])
    cfg = workdir / "tampered.yaml"
    cfg.write_text(
        yaml.safe_dump({"listen": "127.0.0.1:0", "dataDir": str(workdir / "data-t"), "wasmGuards": {"file": str(path)}})
    )
    done = subprocess.run(
        [str(S.warden_binary()), "serve", "--config", str(cfg)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "sha256" in done.stderr and "refused" in done.stderr, done.stderr[-2000:]


def test_another_wit_version_is_refused_with_a_clear_message(stack, workdir):
    path = workdir / "guards-future.yaml"
    write_guards(path, [guard("future", "future_guard", {}, runsOn=["toolCall"])])
    cfg = workdir / "future.yaml"
    cfg.write_text(
        yaml.safe_dump({"listen": "127.0.0.1:0", "dataDir": str(workdir / "data-f"), "wasmGuards": {"file": str(path)}})
    )
    done = subprocess.run(
        [str(S.warden_binary()), "serve", "--config", str(cfg)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "future" in done.stderr and "0.1.0" in done.stderr, done.stderr[-2000:]


# -- responses through Envoy: the toolsList and toolResult phases -------------


async def listed(url: str):
    """The tool names a client sees, or the JSON-RPC error it gets."""
    async with Client(url, mode="legacy") as client:
        try:
            return [t.name for t in (await client.list_tools()).tools]
        except MCPError as e:
            return e.error


def list_pattern(patterns: list[str], **config) -> dict:
    return guard("list-patterns", "simple_pattern_guard", {"patterns": patterns, **config}, runsOn=["toolsList"])


def response_sidecar(stack, workdir, name: str, guards: list[dict], **extra) -> tuple[Path, int, Path]:
    path = workdir / f"guards-{name}.yaml"
    write_guards(path, guards)
    _, port = stack.sidecar(
        {"wasmGuards": {"file": str(path), "reloadIntervalMs": 100}, "metrics": {"listen": "127.0.0.1:0"}, **extra}
    )
    return path, port, stack.sidecar_data


@pytest.fixture(scope="module")
def list_blocking(stack, workdir):
    return response_sidecar(stack, workdir, "list-deny", [list_pattern(["get_weather"])])


@pytest.fixture(scope="module")
def list_filtering(stack, workdir):
    return response_sidecar(stack, workdir, "list-filter", [list_pattern(["get_weather"], action="filter")])


@pytest.mark.parametrize("framing", ["json", "sse"])
def test_tools_list_guard_denies_through_envoy(stack, demo_json, demo_sse, list_blocking, framing):
    _, port, _ = list_blocking
    upstream = demo_json if framing == "json" else demo_sse
    url, _ = envoy_for(stack, upstream, port, "demo", RESPONSE_PHASES)
    err = asyncio.run(listed(url))
    assert not isinstance(err, list), err
    assert err.code == DENIED
    assert err.data["warden"]["code"] == "tool_pattern_blocked"
    assert err.data["warden"]["guard"] == "list-patterns"
    # Calls still go through (their results pass the toolResult phase: no guard).
    _, reply = Session(int(url.split(":")[2].split("/")[0])).rpc(
        '{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"add","arguments":{"a":1,"b":2}}}'
    )
    assert reply["result"]["content"][0]["text"] == "3.0", reply
    # Without guardPhases the filter never holds the list: no extra round trip.
    plain, _ = envoy_for(stack, upstream, port, "demo")
    assert "get_weather" in asyncio.run(listed(plain))


def cache_hits(data: Path) -> float:
    return S.sidecar_metric(data, "warden_wasm_guard_list_cache_hits_total")


def test_tools_list_denial_carries_the_request_id(stack, demo_json, list_blocking):
    _, port, data = list_blocking
    _, raw_port = envoy_for(stack, demo_json, port, "demo", ["toolsList"])
    raw = Session(raw_port)
    hits = cache_hits(data)
    # The second answer of the same list comes from the sidecar's verdict cache,
    # and still carries its own request's id.
    for rid in ("l-7", "l-8"):
        status, reply = raw.rpc(json.dumps({"jsonrpc": "2.0", "id": rid, "method": "tools/list"}))
        assert (status, reply["id"], reply["error"]["code"]) == (200, rid, DENIED), reply
    assert cache_hits(data) >= hits + 1


def reusing_envoy(stack, upstream: int, sidecar_port: int) -> tuple[Session, int]:
    cfg = with_sidecar()
    cfg["serverName"] = "demo"
    cfg["sidecar"]["guardPhases"] = ["toolsList"]
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=upstream, sidecar_port=sidecar_port, plugin_config=cfg)
    return Session(ports["mcp"]), admin


def list_reply(raw: Session, rid: str) -> dict:
    status, reply = raw.rpc(json.dumps({"jsonrpc": "2.0", "id": rid, "method": "tools/list"}))
    assert status == 200 and reply["id"] == rid, reply
    return reply


def test_a_list_the_guards_let_through_is_given_again_by_the_filter(stack, workdir, demo_json):
    # The guards (stateless, matching no tool) allow the list; the sidecar lets
    # the filter give that allow again to the same caller for the same list.
    _, port, _ = response_sidecar(
        stack, workdir, "list-reuse", [list_pattern(["nothing_matches"])], decisionCache={"ttlMs": 60000}
    )
    raw, admin = reusing_envoy(stack, demo_json, port)
    before = stats(admin)
    for i in range(5):
        assert "get_weather" in [t["name"] for t in list_reply(raw, f"r{i}")["result"]["tools"]]
    after = stats(admin)
    moved = {k: after.get(k, 0) - before.get(k, 0) for k in ("warden.sidecar.calls", "warden.sidecar.reused")}
    # Requests: the first is asked about, the other four reuse its allow.
    # Lists: the first sight is vetted in full and asked about; the first
    # re-listing is asked about and its allow kept; the other three reuse it.
    assert moved == {"warden.sidecar.calls": 1 + 2, "warden.sidecar.reused": 4 + 3}, moved


def test_a_reused_list_allow_ends_when_it_expires(stack, workdir, demo_json):
    # The shipped reuse time (1 s): a guard that starts to block the list
    # takes effect once the filter's copy of the allow has expired.
    path, port, _ = response_sidecar(stack, workdir, "list-expiry", [list_pattern(["nothing_matches"])])
    raw, admin = reusing_envoy(stack, demo_json, port)
    for i in range(3):
        assert "result" in list_reply(raw, f"a{i}")
    assert stats(admin).get("warden.sidecar.reused", 0) >= 1
    write_guards(path, [list_pattern(["get_weather"])])
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        reply = list_reply(raw, "b")
        if "error" in reply:
            assert reply["error"]["data"]["warden"]["code"] == "tool_pattern_blocked", reply
            break
        time.sleep(0.1)
    else:
        pytest.fail("the blocking guard never took effect")


@pytest.mark.parametrize("framing", ["json", "sse"])
def test_tools_list_modify_reaches_the_client(stack, demo_json, demo_sse, list_filtering, framing):
    _, port, _ = list_filtering
    upstream = demo_json if framing == "json" else demo_sse
    url, _ = envoy_for(stack, upstream, port, "demo", RESPONSE_PHASES)
    # The second listing is a re-listed list (the filter's fast path): the
    # guard's rewrite reaches the client the same way.
    for _ in range(2):
        names = asyncio.run(listed(url))
        assert isinstance(names, list), names
        assert "get_weather" not in names
        assert {"add", "echo"} <= set(names)


def test_tool_result_guard_limits_and_the_sidecar_keeps_serving(stack, workdir, demo_json):
    def hostile(mode: str) -> dict:
        return guard(
            "hostile", "hostile_guard", {"mode": mode}, runsOn=["toolResult"], timeoutMs=50, maxMemoryBytes=16 << 20
        )

    path, port, data = response_sidecar(stack, workdir, "result-hostile", [hostile("panic")])
    _, raw_port = envoy_for(stack, demo_json, port, "demo", ["toolResult"])
    raw = Session(raw_port)
    body = '{"jsonrpc":"2.0","id":"r-1","method":"tools/call","params":{"name":"add","arguments":{"a":1,"b":2}}}'

    def error_kind(expected: str) -> dict:
        deadline = time.monotonic() + 20
        while True:  # a rewritten guards file takes effect within reloadIntervalMs
            status, reply = raw.rpc(body)
            assert status == 200
            kind = reply.get("error", {}).get("data", {}).get("warden", {}).get("guardError")
            if kind == expected or time.monotonic() > deadline:
                return reply
            time.sleep(0.1)

    for mode, kind in [("panic", "trap"), ("loop", "timeout"), ("hog", "memory_limit")]:
        write_guards(path, [hostile(mode)])
        reply = error_kind(kind)
        assert reply["id"] == "r-1", reply
        assert reply["error"]["code"] == GUARD_ERROR, (mode, reply)
        assert reply["error"]["data"]["warden"]["guardError"] == kind, (mode, reply)
        assert "3.0" not in json.dumps(reply)
    # The sidecar kept serving: a well-behaved guard set answers again.
    write_guards(path, [hostile("allow")])
    deadline = time.monotonic() + 20
    while "result" not in raw.rpc(body)[1]:
        assert time.monotonic() < deadline, "the sidecar stopped serving"
        time.sleep(0.1)
    # Guard errors are counted and recorded in the audit log.
    text = S.http_get(S.metrics_port(data), "/metrics")[1].decode()
    for kind in ["trap", "timeout", "memory_limit"]:
        assert (
            f'warden_wasm_guard_calls_total{{guard="hostile",phase="tool-result",effect="error",code="{kind}"}}' in text
        ), text[-3000:]
    out = subprocess.run(
        [str(S.warden_binary()), "audit", "query", "--dir", str(data / "audit"), "--kind", "incident", "--json"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    records = [json.loads(l) for l in out.splitlines()]
    errors = [r for r in records if r.get("effect") == "guard_error"]
    assert {e["details"]["error"] for e in errors} >= {"trap", "timeout", "memory_limit"}, out[-2000:]


def test_sidecar_down_fails_closed_on_held_responses(stack, demo_json):
    # No sidecar listens on this port. Requests are not consulted (methods), so
    # the list reaches the upstream; its held result is refused, not forwarded.
    cfg = with_sidecar()
    cfg["sidecar"].update({"guardPhases": ["toolsList"], "methods": ["tools/call"]})
    _, ports, _ = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=S.free_port(), plugin_config=cfg
    )
    raw_port = ports["mcp"]
    status, reply = Session(raw_port).rpc('{"jsonrpc":"2.0","id":3,"method":"tools/list"}')
    assert status == 200 and reply["id"] == 3, reply
    assert reply["error"]["code"] == UNAVAILABLE, reply
