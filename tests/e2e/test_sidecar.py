"""The filter consults the warden sidecar over gRPC (dispatch_grpc_call)."""

from __future__ import annotations

import asyncio

import pytest
from conftest import Raw, mcp_errors, stats
from mcp import Client
from mcp.shared.exceptions import MCPError

import stack as S

DENIED, UNAVAILABLE = -32001, -32002


def with_sidecar(failure_mode: str = "deny") -> dict:
    cfg = S.default_plugin_config()
    cfg["sidecar"] = {"cluster": "warden_sidecar", "timeoutMs": 500, "failureMode": failure_mode}
    return cfg


async def call(url: str, tool: str, args: dict):
    async with Client(url, mode="legacy") as client:
        try:
            return await client.call_tool(tool, args)
        except MCPError as e:
            return e.error


def outcome(url: str, tool: str, args: dict):
    """The call's result, or the first JSON-RPC error of the session (a sidecar
    that fails closed refuses the `initialize` already)."""
    try:
        return asyncio.run(call(url, tool, args))
    except MCPError as e:
        return e.error
    except BaseExceptionGroup as group:
        errors = mcp_errors(group)
        if not errors:
            raise
        return errors[0].error


@pytest.fixture(scope="module")
def sidecar(stack):
    return stack.sidecar({"toolDenyList": ["get_weather"]})


@pytest.fixture(scope="module")
def guarded(stack, demo_json, sidecar):
    _, port = sidecar
    _, ports, admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=port, plugin_config=with_sidecar()
    )
    return f"http://127.0.0.1:{ports['mcp']}/mcp", ports["mcp"], admin


def test_sidecar_allows_and_denies(guarded):
    url, port, admin = guarded
    before = stats(admin)
    added = outcome(url, "add", {"a": 1, "b": 2})
    assert added.content[0].text == "3.0"
    # get_weather is not on the filter's deny list: only the sidecar denies it.
    denied = outcome(url, "get_weather", {"city": "Oslo"})
    assert denied.code == DENIED
    assert "get_weather" in denied.message
    after = stats(admin)
    assert after["warden.sidecar.calls"] > before["warden.sidecar.calls"]
    assert after["warden.sidecar.errors"] == before["warden.sidecar.errors"]
    # The sidecar's denial carries the request id like a local one.
    status, reply = Raw(port).rpc(
        '{"jsonrpc":"2.0","id":"s-1","method":"tools/call","params":{"name":"get_weather","arguments":{}}}'
    )
    assert (status, reply["id"], reply["error"]["data"]["warden"]["code"]) == (200, "s-1", "tool_denied")


def test_local_denial_skips_the_sidecar(guarded):
    url, port, admin = guarded
    before = stats(admin)["warden.sidecar.calls"]
    status, reply = Raw(port).rpc(
        '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell"}}'
    )
    assert reply["error"]["code"] == DENIED
    assert stats(admin)["warden.sidecar.calls"] == before


def test_sidecar_down_fails_closed_or_open(stack, demo_json):
    proc, port = stack.sidecar({})
    _, closed_ports, closed_admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=port, plugin_config=with_sidecar("deny")
    )
    _, open_ports, open_admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=port, plugin_config=with_sidecar("allow")
    )
    closed = f"http://127.0.0.1:{closed_ports['mcp']}/mcp"
    opened = f"http://127.0.0.1:{open_ports['mcp']}/mcp"
    assert outcome(closed, "add", {"a": 1, "b": 1}).content[0].text == "2.0"
    assert proc.stop() == 0
    err = outcome(closed, "add", {"a": 1, "b": 1})
    assert err.code == UNAVAILABLE, err
    assert err.data["warden"]["code"] == "sidecar_unavailable"
    assert stats(closed_admin)["warden.sidecar.errors"] >= 1
    assert outcome(opened, "add", {"a": 1, "b": 1}).content[0].text == "2.0"
    assert stats(open_admin)["warden.sidecar.fail_open"] >= 1


def test_sidecar_cluster_missing_fails_closed_without_crashing_the_vm(stack, demo_json):
    """A sidecar cluster Envoy does not know (a typo in the plugin config) makes
    `dispatch_grpc_call` fail at the host: the call is refused with the distinct
    code, counted, and the VM keeps serving (no panic, no VM restart)."""
    import hostile as H

    cfg = with_sidecar("deny")
    cfg["sidecar"]["cluster"] = "no_such_cluster"
    _, ports, admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=1, plugin_config=cfg
    )
    before = H.wasm_health(admin)
    url = f"http://127.0.0.1:{ports['mcp']}/mcp"
    for _ in range(2):
        err = outcome(url, "add", {"a": 1, "b": 1})
        assert err.code == UNAVAILABLE, err
        assert err.data["warden"]["code"] == "sidecar_unavailable"
    assert stats(admin)["warden.sidecar.errors"] >= 2
    after = H.wasm_health(admin)
    for k in (k for k in after if k.endswith(".created")):
        assert after[k] == before.get(k, 0), f"{k}: VM restarted"
    assert not any(v for k, v in after.items() if "fail" in k), after


def test_cluster_names_that_parse_as_a_grpc_service_reach_the_sidecar(stack, demo_json, sidecar):
    """Envoy reads the filter's gRPC target as a serialized GrpcService before
    it tries it as a cluster name. `sidecar_wit` parses as one (with no target
    set) and used to abort Envoy; the filter now sends an encoded service."""
    _, port = sidecar

    def rename(config):
        for cluster in config["static_resources"]["clusters"]:
            if cluster["name"] == "warden_sidecar":
                cluster["name"] = cluster["load_assignment"]["cluster_name"] = "sidecar_wit"

    cfg = with_sidecar()
    cfg["sidecar"]["cluster"] = "sidecar_wit"
    proc, ports, admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=port, plugin_config=cfg, tweak=rename
    )
    url = f"http://127.0.0.1:{ports['mcp']}/mcp"
    assert outcome(url, "add", {"a": 2, "b": 2}).content[0].text == "4.0"
    assert outcome(url, "get_weather", {"city": "Oslo"}).code == DENIED
    assert stats(admin)["warden.sidecar.errors"] == 0
    assert proc.popen.poll() is None, "Envoy exited"
