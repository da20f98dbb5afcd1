"""Talk to an MCP server through Warden with the official Python SDK.

    .venv/bin/python examples/client.py http://127.0.0.1:10000/mcp
"""

import asyncio
import sys

from mcp import Client
from mcp.shared.exceptions import MCPError


async def main(url: str) -> None:
    async with Client(url, mode="legacy") as client:
        print("server:", client.server_info.name if client.server_info else "?")
        tools = await client.list_tools()
        print("tools Warden lets you see:", ", ".join(t.name for t in tools.tools))
        result = await client.call_tool("add", {"a": 2, "b": 3})
        print("add(2, 3) =", result.content[0].text)
        try:
            await client.call_tool("exec_shell", {"command": "cat /etc/passwd"})
        except MCPError as e:
            print(f"exec_shell was refused: [{e.error.code}] {e.error.message}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:10000/mcp"))
