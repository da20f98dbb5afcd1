"""Envoy's native ext_authz filter pointed at the sidecar (no wasm): the sidecar
parses the MCP body itself and answers with the same JSON-RPC denials."""

from __future__ import annotations

import asyncio
import json

import pytest
import stack as S
from conftest import Raw, mcp_errors
from mcp import Client
from mcp.shared.exceptions import MCPError


@pytest.fixture(scope="module")
def native(stack, demo_sse):
    _, sidecar_port = stack.sidecar({"toolDenyList": ["exec_*", "delete_everything"]})
    _, ports, _ = stack.envoy("warden-ext-authz.yaml", upstream_port=demo_sse, sidecar_port=sidecar_port)
    return ports["mcp"]


def test_allow_and_deny_through_native_ext_authz(native):
    async def flow():
        async with Client(f"http://127.0.0.1:{native}/mcp", mode="legacy") as client:
            added = await client.call_tool("add", {"a": 20, "b": 22})
            with pytest.raises(MCPError) as denied:
                await client.call_tool("exec_shell", {"command": "id"})
            return added, denied.value.error

    added, denied = asyncio.run(flow())
    assert added.content[0].text == "42.0"
    assert denied.code == -32001
    assert denied.data["warden"]["code"] == "tool_denied"


def test_native_denial_echoes_id_and_parse_errors(native):
    raw = Raw(native)
    status, reply = raw.rpc('{"jsonrpc":"2.0","id":"n-1","method":"tools/call","params":{"name":"delete_everything"}}')
    assert (status, reply["id"], reply["error"]["code"]) == (200, "n-1", -32001)
    status, reply = raw.rpc('{"jsonrpc":"2.0","id":1,"method":')
    assert status == 400 and reply["error"]["code"] == -32700


def test_no_sidecar_is_a_json_rpc_error_not_an_empty_503(stack, demo_sse):
    """With nothing listening where the sidecar should be, Envoy refuses the call
    (fail closed) and the local-reply mapper says why in JSON-RPC, which the SDK
    client surfaces with the request's id; the sidecar's own denials are untouched
    (the module's other tests)."""
    _, ports, _ = stack.envoy("warden-ext-authz.yaml", upstream_port=demo_sse, sidecar_port=S.free_port())
    status, headers, body = Raw(ports["mcp"]).post(
        '{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"add","arguments":{"a":1,"b":2}}}'
    )
    reply = json.loads(body)
    assert status == 503 and headers["content-type"] == "application/json"
    assert reply["jsonrpc"] == "2.0" and reply["id"] is None
    assert reply["error"]["code"] == -32002 and isinstance(reply["error"]["code"], int)
    assert reply["error"]["data"] == {"warden": {"code": "sidecar_unavailable"}}
    assert "ext_authz_error" in reply["error"]["message"]

    async def flow():
        async with Client(f"http://127.0.0.1:{ports['mcp']}/mcp", mode="legacy"):
            pass

    with pytest.raises(BaseException) as failed:
        asyncio.run(flow())
    errors = mcp_errors(failed.value)
    assert [e.error.code for e in errors] == [-32002], failed.value
