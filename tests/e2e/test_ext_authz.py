"""Envoy's native ext_authz filter pointed at the sidecar (no wasm): the sidecar
parses the MCP body itself and answers with the same JSON-RPC denials."""

from __future__ import annotations

import asyncio

import pytest
from conftest import Raw
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
