"""Bad input gets a clear JSON-RPC error; non-MCP traffic passes untouched."""

from __future__ import annotations

import json

import pytest
from conftest import Raw, filter_only_config, stats


@pytest.fixture(scope="module")
def guarded(stack, demo_json):
    cfg = filter_only_config(limits={"maxBodyBytes": 4096, "maxDepth": 16})
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=demo_json, plugin_config=cfg)
    return Raw(ports["mcp"]), admin


def test_oversize_body_is_413(guarded):
    raw, admin = guarded
    big = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                      "params": {"name": "echo", "arguments": {"text": "x" * 8000}}})
    status, headers, data = raw.post(big)
    assert status == 413
    reply = json.loads(data)
    assert reply["error"]["code"] == -32003
    assert reply["error"]["data"]["warden"]["code"] == "body_too_large"
    assert stats(admin)["warden.denials.body_too_large"] >= 1


def test_malformed_json_is_parse_error(guarded):
    raw, admin = guarded
    before = stats(admin)["warden.parse_errors"]
    status, headers, data = raw.post('{"jsonrpc":"2.0","id":1,"method":')
    assert status == 400
    reply = json.loads(data)
    assert reply["id"] is None
    assert reply["error"]["code"] == -32700
    assert stats(admin)["warden.parse_errors"] == before + 1


@pytest.mark.parametrize(
    "body,code",
    [
        (b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","arguments":{"a":"\xff"}}}', -32700),
        ('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":' + "[" * 40 + "]" * 40 + "}", -32600),
        ('{"jsonrpc":"2.0","id":true,"method":"ping"}', -32600),
        ('{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"arguments":{}}}', -32602),
        ("[]", -32600),
        ("", -32700),
    ],
    ids=["invalid-utf8", "too-deep", "bad-id", "call-without-name", "empty-batch", "empty-body"],
)
def test_invalid_messages(guarded, body, code):
    raw, _ = guarded
    status, headers, data = raw.post(body)
    assert status in (200, 400)
    assert json.loads(data)["error"]["code"] == code


def test_non_mcp_traffic_untouched(guarded):
    raw, admin = guarded
    before = stats(admin)["warden.passthrough"]
    payload = '{"not":"json-rpc", "tools/call": "exec_shell"}'
    status, headers, data = raw.post(payload, path="/echo-json")
    assert status == 200
    assert json.loads(data) == {"received": payload}
    assert stats(admin)["warden.passthrough"] == before + 1
