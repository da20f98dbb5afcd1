"""The filter alone (no sidecar): an official MCP client through a real Envoy."""

from __future__ import annotations

import asyncio

import pytest
from conftest import Raw, filter_only_config, stats
from mcp import Client
from mcp.shared.exceptions import MCPError

DENIED = -32001


@pytest.fixture(scope="module", params=["sse", "json"])
def guarded(request, stack, demo_sse, demo_json):
    upstream = demo_sse if request.param == "sse" else demo_json
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=upstream, plugin_config=filter_only_config())
    return ports["mcp"], admin


def run(coro):
    return asyncio.run(coro)


async def session_flow(url: str, mode: str = "legacy"):
    async with Client(url, mode=mode) as client:
        info = client.server_info
        tools = await client.list_tools()
        added = await client.call_tool("add", {"a": 2, "b": 40})
        with pytest.raises(MCPError) as denied:
            await client.call_tool("exec_shell", {"command": "id"})
        return info, [t.name for t in tools.tools], added, denied.value


def test_initialize_list_call_and_deny(guarded):
    port, admin = guarded
    before = stats(admin)
    info, names, added, denied = run(session_flow(f"http://127.0.0.1:{port}/mcp"))
    assert info is not None and info.name == "demo-tools"
    # The deny list removes tools from tools/list ...
    assert "exec_shell" not in names and "delete_everything" not in names
    assert {"add", "echo", "get_weather", "lookup_customer"} <= set(names)
    # ... leaves allowed calls intact ...
    assert added.is_error is False
    assert added.content[0].text == "42.0"
    # ... and answers denied calls with a JSON-RPC error.
    assert denied.error.code == DENIED
    # The reply names the rule, never the caller's own text.
    assert "exec_*" in denied.error.message and "exec_shell" not in denied.error.message
    after = stats(admin)
    assert after["warden.requests.initialize"] == before["warden.requests.initialize"] + 1
    assert after["warden.denials.tool_denied"] == before["warden.denials.tool_denied"] + 1
    assert after["warden.responses.tools_filtered"] >= before["warden.responses.tools_filtered"] + 2


def test_modern_protocol_discover_passes(guarded):
    port, admin = guarded
    info, names, added, denied = run(session_flow(f"http://127.0.0.1:{port}/mcp", mode="auto"))
    assert "exec_shell" not in names
    assert denied.error.code == DENIED


def test_denial_echoes_request_id_exactly(guarded):
    port, _ = guarded
    raw = Raw(port)
    for id_text in ['"req-7"', "7", "123456789012345678901234567890", "-1.5"]:
        body = f'{{"jsonrpc":"2.0","id":{id_text},"method":"tools/call","params":{{"name":"delete_everything"}}}}'
        status, headers, data = raw.post(body)
        assert status == 200
        assert headers.get("content-type") == "application/json"
        assert data.decode().startswith(f'{{"jsonrpc":"2.0","id":{id_text},"error":'), data
        assert b'"code":"tool_denied"' in data


def test_batch_with_denied_member_refused(guarded):
    port, _ = guarded
    status, reply = Raw(port).rpc(
        '[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add","arguments":{"a":1,"b":2}}},'
        '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"exec_shell"}}]'
    )
    assert status == 200
    assert [r["id"] for r in reply] == [1, 2]
    assert reply[0]["error"]["data"]["warden"]["code"] == "batch_rejected"
    assert reply[1]["error"]["data"]["warden"]["code"] == "tool_denied"
