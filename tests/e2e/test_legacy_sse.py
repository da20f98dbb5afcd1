"""The legacy HTTP+SSE transport (2024-11-05): GET /sse stream + POST /messages.
Responses travel on the stream, so the filter inspects it event by event."""

from __future__ import annotations

import asyncio

import pytest
from conftest import Raw, filter_only_config
from mcp.client.session import ClientSession
from mcp.client.sse import sse_client


@pytest.fixture(scope="module")
def legacy(stack):
    _, upstream = stack.demo_server(transport="sse")
    _, ports, _ = stack.envoy("warden.yaml", upstream_port=upstream, plugin_config=filter_only_config())
    return ports["mcp"]


def test_tools_list_on_the_stream_is_filtered(legacy):
    async def flow():
        async with sse_client(f"http://127.0.0.1:{legacy}/sse") as (read, write):
            async with ClientSession(read, write) as session:
                init = await session.initialize()
                tools = await session.list_tools()
                added = await session.call_tool("add", {"a": 1, "b": 1})
                return init, [t.name for t in tools.tools], added

    init, names, added = asyncio.run(asyncio.wait_for(flow(), 30))
    assert init.server_info.name == "demo-tools"
    assert "add" in names and "exec_shell" not in names and "delete_everything" not in names
    assert added.content[0].text == "2.0"


def test_denied_post_never_reaches_the_server(legacy):
    # The denial comes back on the POST itself; the upstream never sees the call
    # (an unknown session id would otherwise get a 4xx from the server).
    status, reply = Raw(legacy).rpc(
        '{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"exec_shell"}}',
        path="/messages/?session_id=00000000000000000000000000000000",
    )
    assert status == 200
    assert reply["id"] == 9 and reply["error"]["code"] == -32001
