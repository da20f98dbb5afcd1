"""A hostile MCP client through the real Envoy with the shipped Warden config.

Each attack tries to get a call to the deny-listed `exec_shell` (or a secret in
the arguments) to the MCP server: path tricks, content types, escapes, duplicate
keys, near-miss method names, look-alike tool names, lenient-JSON bodies,
trailers. The upstream records every request; each test asserts that nothing it
received could be read (by a lenient parser) as the forbidden call.
"""

from __future__ import annotations

import json

import pytest

import hostile as H
from hostile import SECRET, dumps

JSON = [("content-type", "application/json"), ("accept", "application/json, text/event-stream")]


def call(name: str = "exec_shell", id_=1, **args) -> dict:
    return {"jsonrpc": "2.0", "id": id_, "method": "tools/call", "params": {"name": name, "arguments": args}}


CALL = dumps(call(cmd="id"))

# name -> (method, path, body, headers, extra kwargs for H.http)
ATTACKS = {
    "percent-encoded-path": ("POST", "/%6Dcp", CALL, JSON),
    "double-slash-path": ("POST", "//mcp", CALL, JSON),
    "dot-segment-path": ("POST", "/x/../mcp", CALL, JSON),
    "encoded-dot-segment-path": ("POST", "/health/%2e%2e/mcp", CALL, JSON),
    "encoded-slash-path": ("POST", "/health%2F..%2Fmcp", CALL, JSON),
    "non-mcp-path-json": ("POST", "/other", CALL, JSON),
    "non-mcp-path-text-plain": ("POST", "/other", CALL, [("content-type", "text/plain")]),
    "mcp-path-text-plain": ("POST", "/mcp", CALL, [("content-type", "text/plain")]),
    "mcp-path-no-content-type": ("POST", "/mcp", CALL, []),
    "comma-joined-content-type": ("POST", "/mcp", CALL, [("content-type", "application/json, text/plain")]),
    "duplicate-content-type": ("POST", "/mcp", CALL, [("content-type", "text/plain"), ("content-type", "application/json")]),
    "json-rpc-content-type": ("POST", "/other", CALL, [("content-type", "application/json-rpc")]),
    "put-method": ("PUT", "/mcp", CALL, JSON),
    "patch-elsewhere": ("PATCH", "/api", CALL, [("content-type", "application/x-www-form-urlencoded")]),
    # Methods that usually carry no body: a receiver may still read one.
    "get-with-body": ("GET", "/mcp", CALL, JSON),
    "get-with-body-elsewhere": ("GET", "/other", CALL, JSON),
    "delete-with-body": ("DELETE", "/mcp", CALL, [("content-type", "text/plain")]),
    "options-with-body-elsewhere": ("OPTIONS", "/api", CALL, []),
    "bom-body": ("POST", "/mcp", b"\xef\xbb\xbf" + CALL, JSON),
    "bom-body-elsewhere": ("POST", "/other", b"\xef\xbb\xbf" + CALL, [("content-type", "text/plain")]),
    "nan-in-arguments": ("POST", "/mcp", b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell","arguments":{"n":NaN}}}', JSON),
    "trailing-comma": ("POST", "/other", b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell"},}', [("content-type", "text/plain")]),
    "escaped-method": ("POST", "/mcp", b'{"jsonrpc":"2.0","id":1,"method":"tools\\/c\\u0061ll","params":{"name":"exec_shell"}}', JSON),
    "escaped-tool-name": ("POST", "/mcp", b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec\\u005fshell"}}', JSON),
    "duplicate-name-key": ("POST", "/mcp", b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add","name":"exec_shell"}}', JSON),
    "duplicate-method-key": ("POST", "/mcp", b'{"jsonrpc":"2.0","id":1,"method":"ping","method":"tools/call","params":{"name":"exec_shell"}}', JSON),
    "duplicate-params-key": ("POST", "/mcp", b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add"},"params":{"name":"exec_shell"}}', JSON),
    "near-miss-trailing-space": ("POST", "/mcp", dumps({**call(), "method": "tools/call "}), JSON),
    "near-miss-case": ("POST", "/mcp", dumps({**call(), "method": "Tools/Call"}), JSON),
    "near-miss-zero-width": ("POST", "/mcp", dumps({**call(), "method": "tools/\u200bcall"}), JSON),
    "cyrillic-tool-name": ("POST", "/mcp", dumps(call("\u0435x\u0435c_shell")), JSON),
    "zero-width-tool-name": ("POST", "/mcp", dumps(call("exec\u200b_shell")), JSON),
    "fullwidth-tool-name": ("POST", "/mcp", dumps(call("\uff45\uff58\uff45\uff43_shell")), JSON),
    "bidi-tool-name": ("POST", "/mcp", dumps(call("exec_\u202eshell")), JSON),
    "batch-hidden-call": ("POST", "/mcp", dumps([{"jsonrpc": "2.0", "id": 1, "method": "ping"}, call(id_=2)]), JSON),
    "notification-call": ("POST", "/mcp", dumps({k: v for k, v in call().items() if k != "id"}), JSON),
    "secret-in-argument-key": ("POST", "/mcp", dumps(call("lookup", **{SECRET: 1})), JSON),
    "secret-escaped-in-argument": ("POST", "/mcp", b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"lookup","arguments":{"q":"AKIA\\u005a3MLQ7Q4XN2PB6TW"}}}', JSON),
    # A number serde_json cannot hold (Python reads 1e400 as inf) beside a
    # secret in a params member other than `arguments`: refused, not skipped.
    "unreadable-number-beside-secret-in-meta": ("POST", "/mcp", b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"lookup","arguments":{},"_meta":{"n":1e400,"k":"' + SECRET.encode() + b'"}}}', JSON),
    "oversize-elsewhere": ("POST", "/upload", b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell","arguments":{"pad":"' + b"x" * 70000 + b'"}}}', [("content-type", "text/plain")]),
}


@pytest.fixture(scope="module")
def hostile(stack):
    server = H.HostileServer({"echo": lambda r: H.json_reply(dumps({"jsonrpc": "2.0", "id": 1, "result": {}}))}).start()
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=server.port,
                                  plugin_config=H.plugin_config(), tweak=H.enable_trailers)
    yield server, ports["mcp"], admin, H.wasm_health(admin)
    server.stop()


def reached(server: H.HostileServer, since: int) -> list[str]:
    """Forbidden things any request since `since` carried, read leniently."""
    found = []
    for _, _, headers, body in server.received[since:]:
        found += H.leaks(body, headers.get("content-type", ""))
    return found


@pytest.mark.parametrize("name", list(ATTACKS))
def test_hostile_client_request_never_reaches_the_server(hostile, name):
    server, port, _, _ = hostile
    method, path, body, headers = ATTACKS[name]
    since = len(server.received)
    status, _, reply = H.http(port, method, path, body, headers=headers)
    assert not reached(server, since), f"{name}: reached the server ({status} {reply[:300]!r})"
    # Refused with a JSON-RPC error the client can read, never quoting the input.
    error = json.loads(reply)
    if isinstance(error, list):
        error = next(e for e in error if e.get("error"))
    assert "error" in error, reply
    assert SECRET not in reply.decode("utf-8", "replace")


@pytest.mark.parametrize("split", [1, 7, 64])
def test_request_trailers_never_release_the_body(hostile, split):
    server, port, _, _ = hostile
    since = len(server.received)
    status, _, reply = H.http(port, "POST", "/mcp", headers=JSON, chunks=H.split_every(CALL, split),
                              trailers=[("x-trailer", "1")])
    assert not reached(server, since), (status, reply)
    assert json.loads(reply)["error"]["data"]["warden"]["code"] == "tool_denied"


def test_benign_traffic_still_flows_on_the_same_vm(hostile):
    server, port, admin, before = hostile
    since = len(server.received)
    for method, path, body, headers in [
        ("POST", "/mcp", dumps(call("add", a=1)), JSON),
        ("POST", "/mcp", dumps(call("add", a=1)), JSON),  # plus trailers below
        ("POST", "/upload", b"name=value&x=1", [("content-type", "application/x-www-form-urlencoded")]),
        ("POST", "/api", dumps({"hello": "world"}), JSON),
    ]:
        status, _, reply = H.http(port, method, path, body, headers=headers)
        assert status == 200, reply
    status, _, reply = H.http(port, "POST", "/mcp", headers=JSON, chunks=[dumps(call("add"))],
                              trailers=[("x-t", "1")])
    assert status == 200 and json.loads(reply)["result"] == {}
    assert len(server.received) - since == 5
    after = H.wasm_health(admin)
    for k in (k for k in after if k.endswith(".created")):
        assert after[k] == before.get(k, 0), f"{k}: VM restarted"
