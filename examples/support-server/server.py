"""A customer-support MCP server for the policy scenario (examples/policy.yaml).

Every tool answers with the arguments it received, so a test can see exactly
what Warden let through (and what it redacted on the way).
"""

from __future__ import annotations

import argparse
import json

from mcp.server.mcpserver import MCPServer
from starlette.requests import Request
from starlette.responses import PlainTextResponse

server = MCPServer("support-tools", version="1.0.0")


def received(tool: str, **arguments) -> str:
    return json.dumps({"tool": tool, "received": {k: v for k, v in arguments.items() if v is not None}})


@server.tool(name="kb.search")
def kb_search(query: str) -> str:
    """Search the knowledge base."""
    return received("kb.search", query=query)


@server.tool(name="orders.lookup")
def orders_lookup(order_id: str) -> str:
    """Look up an order."""
    return received("orders.lookup", order_id=order_id)


@server.tool(name="customers.lookup")
def customers_lookup(customer_id: str | None = None, filters: dict | None = None) -> str:
    """Look up customers by id or filters."""
    return received("customers.lookup", customer_id=customer_id, filters=filters)


@server.tool(name="billing.refund")
def billing_refund(order_id: str, amount: float) -> str:
    """Refund an order."""
    return received("billing.refund", order_id=order_id, amount=amount)


@server.tool(name="billing.credit")
def billing_credit(customer_id: str, amount: float) -> str:
    """Credit a customer's account."""
    return received("billing.credit", customer_id=customer_id, amount=amount)


@server.tool(name="reports.q3")
def reports_q3(region: str) -> str:
    """The third-quarter report."""
    return received("reports.q3", region=region)


@server.tool(name="reports.q5")
def reports_q5(region: str) -> str:
    """A fifth quarter that does not exist: no rule allows it."""
    return received("reports.q5", region=region)


@server.tool(name="email.send")
def email_send(to: str, subject: str = "", body: str = "", bcc: str | list[str] | None = None) -> str:
    """Send an email to a customer."""
    return received("email.send", to=to, subject=subject, body=body, bcc=bcc)


@server.tool(name="fs.write")
def fs_write(path: str, content: str) -> str:
    """Write a file (the demo writes nothing)."""
    return received("fs.write", path=path, content=content)


@server.tool(name="exec_shell")
def exec_shell(cmd: str) -> str:
    """Run a shell command (the demo runs nothing)."""
    return received("exec_shell", cmd=cmd)


@server.tool(name="admin.delete_user")
def admin_delete_user(user: str) -> str:
    """Delete a user account (the demo deletes nothing)."""
    return received("admin.delete_user", user=user)


@server.custom_route("/health", methods=["GET"])
async def health(_: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    server.run("streamable-http", host=args.host, port=args.port, json_response=True)
