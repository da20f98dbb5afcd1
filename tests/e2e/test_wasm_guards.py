"""WebAssembly guard components in the warden sidecar, end to end: real Envoy,
the real filter, the sidecar running the example guards (built by `make
guards`), the demo MCP server and the official MCP client."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from pathlib import Path

import pytest
import yaml
from conftest import Raw
from test_sidecar import DENIED, outcome, with_sidecar

import stack as S

GUARDS = S.ROOT / "target" / "guards"


def module(name: str) -> tuple[str, str]:
    path = GUARDS / f"{name}.wasm"
    assert path.exists(), f"{path} is missing: run `make guards`"
    return str(path), hashlib.sha256(path.read_bytes()).hexdigest()


def guard(id: str, name: str, config: dict, **extra) -> dict:
    path, sha = module(name)
    return {"id": id, "module": path, "sha256": sha, "config": config, **extra}


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


def envoy_for(stack, upstream: int, sidecar_port: int, server_name: str) -> tuple[str, int]:
    cfg = with_sidecar()
    cfg["serverName"] = server_name
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


@pytest.mark.parametrize("name", ["server_spoofing_guard"])  # python_guard: see tests/wasm_guards.rs
def test_spoofed_server_is_refused(stack, demo_json, workdir, name):
    path = workdir / f"guards-{name}.yaml"
    write_guards(path, [spoofing(name)])
    _, port = stack.sidecar({"wasmGuards": {"file": str(path), "reloadIntervalMs": 0}})
    good, _ = envoy_for(stack, demo_json, port, "demo")
    assert outcome(good, "add", {"a": 2, "b": 2}).content[0].text == "4.0"
    for server, code in [("dеmo", "server_homoglyph"), ("demi", "server_typosquat"), ("weather", "server_unknown")]:
        url, _ = envoy_for(stack, demo_json, port, server)
        err = outcome(url, "add", {"a": 1, "b": 1})
        assert err.code == DENIED, (server, err)
        assert err.data["warden"]["code"] == code, (server, err)


def test_hot_reload_under_load_drops_no_request(demo, guards_file):
    _, port = demo
    raw = Raw(port)
    stop = threading.Event()
    results: list[str] = []

    def load():
        n = 0
        while not stop.is_set():
            n += 1
            body = json.dumps(
                {"jsonrpc": "2.0", "id": n, "method": "tools/call", "params": {"name": "add", "arguments": {"a": 1, "b": n}}}
            )
            status, reply = raw.rpc(body)
            results.append("ok" if status == 200 and "result" in reply else f"{status} {reply}")

    workers = [threading.Thread(target=load) for _ in range(4)]
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
    cfg.write_text(yaml.safe_dump({"listen": "127.0.0.1:0", "dataDir": str(workdir / "data-t"), "guards": {"file": str(path)}}))
    import subprocess

    done = subprocess.run(
        [str(S.warden_binary()), "serve", "--config", str(cfg)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "sha256" in done.stderr and "refused" in done.stderr, done.stderr[-2000:]
