"""A test MCP server (official Python SDK, Streamable HTTP) that reports the
request headers it received: the `seen_headers` tool returns the headers of its
own call, and `GET /seen` every request's headers so far (Envoy forwards a
request's headers before its body is inspected, so a denied call shows up there
too, without its body) and how many tool calls ran. The credential tests use it
to prove what reaches an MCP server through Warden."""

from __future__ import annotations

import argparse
import hashlib

import uvicorn
from mcp.server.mcpserver import Context, MCPServer
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse

server = MCPServer("header-echo", version="1.0.0")
SEEN: list[dict[str, str]] = []
CALLS = [0]


@server.tool()
def seen_headers(ctx: Context) -> dict:
    """The HTTP request headers of this call, as the server received them: names
    and the SHA-256 of each value (a raw credential in a result is what Warden's
    DLP stops)."""
    CALLS[0] += 1
    return {k.lower(): hashlib.sha256(v.encode()).hexdigest() for k, v in (ctx.headers or {}).items()}


@server.custom_route("/seen", methods=["GET"])
async def seen(_: Request) -> JSONResponse:
    return JSONResponse({"requests": SEEN, "calls": CALLS[0]})


@server.custom_route("/health", methods=["GET"])
async def health(_: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


class Record:
    """ASGI middleware: remember the headers of every MCP request."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"].startswith("/mcp"):
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            SEEN.append({":method": scope["method"], **headers})
        await self.app(scope, receive, send)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--json-response", action="store_true")
    args = parser.parse_args()
    # Stateless: plain JSON-RPC POSTs work without an initialize first.
    app = server.streamable_http_app(json_response=args.json_response, stateless_http=True)
    uvicorn.run(Record(app), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
