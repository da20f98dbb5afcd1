"""Credentials stay where they belong, through a real Envoy with the real filter
and sidecar: Warden's agent token is checked (audience, lifetime, expiry) and
never reaches the MCP server; the server's own bearer token passes only when
configured and only for its audience; identity headers a client sets itself are
removed by the shipped Envoy config before any filter reads them.

The upstream is `header_server.py` (official MCP SDK), which reports every
request header it received."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import http.client
import json
import subprocess
import time
from pathlib import Path

import httpx2
import pytest
import yaml
from conftest import Raw, filter_only_config, stats
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

import stack as S

DENIED = -32001
AUDIENCE = "warden-e2e"
UPSTREAM_AUDIENCE = "https://mcp.test.example"
STRIPPED_HEADERS = {"x-agent-id", "x-agent-roles", "x-jwt-payload"}


def warden(*args: str) -> str:
    out = subprocess.run([str(S.warden_binary()), *args], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def jwt(claims: dict) -> str:
    """An unsigned-looking JWT: Warden reads its `aud`, the MCP server would verify it."""
    return f"{b64({'alg': 'RS256', 'typ': 'JWT'})}.{b64(claims)}.c2lnbmF0dXJl"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def call_body(tool: str = "seen_headers", id_: int = 1) -> str:
    return json.dumps({"jsonrpc": "2.0", "id": id_, "method": "tools/call",
                       "params": {"name": tool, "arguments": {}}})


async def seen_by_server(url: str, headers: dict) -> dict:
    """Initialize, list and call `seen_headers` with the official SDK client:
    the header names of the call, each with the SHA-256 of its value."""
    http = httpx2.AsyncClient(headers=headers, timeout=30)
    async with Client(streamable_http_client(url, http_client=http), mode="legacy") as client:
        await client.list_tools()
        result = await client.call_tool("seen_headers", {})
        return json.loads(result.content[0].text)


def seen(port: int) -> dict:
    status, body = S.http_get(port, "/seen")
    assert status == 200
    return json.loads(body)


def seen_log(port: int) -> list[dict]:
    """The headers of every request the server received."""
    return seen(port)["requests"]


def leaked(port: int, needle: str) -> list[dict]:
    return [h for h in seen_log(port) if any(needle in v for v in h.values())]


@pytest.fixture(scope="module")
def upstream(stack) -> int:
    port = S.free_port()
    proc = stack.spawn(f"header-server-{port}", [
        str(S.VENV_BIN / "python"), "tests/e2e/header_server.py", "--port", str(port), "--json-response"])
    S.wait_until(lambda: S.http_get(port, "/health")[0] == 200, "header server", proc=proc.popen)
    return port


@pytest.fixture(scope="module")
def keys(workdir) -> Path:
    out = workdir / "credential-keys"
    warden("keygen", "--out", str(out), "--name", "agents")
    return out


def mint(keys: Path, agent: str, *, ttl: str = "10m", audience: str = AUDIENCE) -> str:
    return warden("token", "--key", str(keys / "agents.key"), "--agent-id", agent,
                  "--ttl", ttl, "--audience", audience)


@pytest.fixture(scope="module")
def guarded(stack, upstream, keys):
    """Filter + sidecar; the sidecar requires an agent token for this deployment."""
    _, sidecar = stack.sidecar({
        "identity": {
            "allowAnonymous": False,
            "agentTokens": {"publicKeys": [str(keys / "agents.pub")], "audiences": [AUDIENCE],
                            "maxTtlSeconds": 3600, "clockSkewSeconds": 0},
        },
    })
    cfg = S.default_plugin_config()
    cfg["sidecar"] = {"cluster": "warden_sidecar", "timeoutMs": 1000, "failureMode": "deny"}
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=upstream, sidecar_port=sidecar, plugin_config=cfg)
    return ports["mcp"], admin


def test_agent_token_reaches_warden_never_the_server(guarded, upstream, keys):
    port, admin = guarded
    url = f"http://127.0.0.1:{port}/mcp"
    token = mint(keys, "support-1")
    before = stats(admin).get("warden.credentials.stripped", 0)
    got = asyncio.run(seen_by_server(url, {"Authorization": f"Bearer {token}"}))
    # The sidecar admitted the call (it refuses callers without a token, below),
    # and the server saw no credential at all.
    assert "authorization" not in got
    assert leaked(upstream, "wdn1.") == []
    assert stats(admin)["warden.credentials.stripped"] >= before + 3  # initialize, list, call...
    status, reply = Raw(port).rpc(call_body())
    assert reply["error"]["data"]["warden"]["code"] == "unauthenticated"


def test_native_ext_authz_removes_the_agent_token(stack, upstream, keys):
    """Envoy's own ext_authz filter (no wasm): the sidecar's `Check` tells Envoy
    to drop the agent token from the allowed request."""
    _, sidecar = stack.sidecar({
        "identity": {"allowAnonymous": False,
                     "agentTokens": {"publicKeys": [str(keys / "agents.pub")], "audiences": [AUDIENCE]}},
    })
    _, ports, _ = stack.envoy("warden-ext-authz.yaml", upstream_port=upstream, sidecar_port=sidecar)
    url = f"http://127.0.0.1:{ports['mcp']}/mcp"
    got = asyncio.run(seen_by_server(url, {"Authorization": f"Bearer {mint(keys, 'support-3')}"}))
    assert "authorization" not in got
    assert leaked(upstream, "wdn1.") == []
    status, reply = Raw(ports["mcp"]).rpc(call_body(id_=4))
    assert reply["error"]["data"]["warden"]["code"] == "unauthenticated"


@pytest.mark.parametrize("kind,code", [
    ("audience", "token_audience"),
    ("lifetime", "token_lifetime"),
    ("expired", "token_expired"),
])
def test_bad_agent_tokens_are_refused(guarded, upstream, keys, kind, code):
    port, _ = guarded
    token = {
        "audience": lambda: mint(keys, "support-2", audience="another-warden"),
        "lifetime": lambda: mint(keys, "support-2", ttl="2h"),  # maxTtlSeconds is 1h
        "expired": lambda: mint(keys, "support-2", ttl="1s"),
    }[kind]()
    if kind == "expired":
        time.sleep(2.1)  # clockSkewSeconds is 0
    calls = seen(upstream)["calls"]
    status, reply = Raw(port).rpc(call_body(id_=7), headers={"authorization": f"Bearer {token}"})
    assert (status, reply["id"], reply["error"]["code"]) == (200, 7, DENIED), reply
    assert reply["error"]["data"]["warden"]["code"] == code
    assert token not in json.dumps(reply), "Warden never quotes the credential"
    assert seen(upstream)["calls"] == calls, "a refused call never runs on the server"
    assert leaked(upstream, token) == [] and leaked(upstream, "wdn1.") == []


@pytest.fixture(scope="module")
def plain(stack, upstream):
    """Filter only, credentials on their defaults."""
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=upstream, plugin_config=filter_only_config())
    return f"http://127.0.0.1:{ports['mcp']}/mcp", ports["mcp"], admin


@pytest.fixture(scope="module")
def oauth(stack, upstream):
    """Filter only, forwarding the MCP server's own bearer tokens for its audience."""
    cfg = filter_only_config(credentials={"forwardUpstreamBearer": True, "upstreamAudiences": [UPSTREAM_AUDIENCE]})
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=upstream, plugin_config=cfg)
    return f"http://127.0.0.1:{ports['mcp']}/mcp", ports["mcp"], admin


def test_upstream_bearer_is_removed_unless_configured(plain, oauth, keys):
    token = jwt({"iss": "https://idp.example", "aud": UPSTREAM_AUDIENCE, "sub": "u1", "exp": 4102444800})
    got = asyncio.run(seen_by_server(plain[0], {"Authorization": f"Bearer {token}"}))
    assert "authorization" not in got
    got = asyncio.run(seen_by_server(oauth[0], {"Authorization": f"Bearer {token}"}))
    assert got["authorization"] == sha256(f"Bearer {token}")
    # A token Warden cannot read is the server's to judge.
    got = asyncio.run(seen_by_server(oauth[0], {"Authorization": "Bearer opaque-0123456789"}))
    assert got["authorization"] == sha256("Bearer opaque-0123456789")
    # Warden's own token never goes upstream, forwarding or not.
    got = asyncio.run(seen_by_server(oauth[0], {"Authorization": f"Bearer {mint(keys, 'a')}"}))
    assert "authorization" not in got


@pytest.mark.parametrize("claims", [
    {"aud": "https://other-server.example", "sub": "u1"},
    {"aud": ["a", "b"], "sub": "u1"},
    {"sub": "u1"},
])
def test_upstream_jwt_for_another_audience_is_refused(oauth, upstream, claims):
    _, port, admin = oauth
    token = jwt(claims)
    before = stats(admin).get("warden.denials.token_audience", 0)
    status, headers, body = Raw(port).post(call_body(id_=3), headers={"authorization": f"Bearer {token}"})
    reply = json.loads(body)
    assert status == 401
    assert reply["error"]["code"] == DENIED
    assert reply["error"]["data"]["warden"]["code"] == "token_audience"
    assert token not in body.decode()
    assert leaked(upstream, token) == []
    assert stats(admin)["warden.denials.token_audience"] == before + 1


def post_with(port: int, body: str, headers: list[tuple[str, str]]):
    """A POST whose headers may repeat (http.client sends each as given)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.putrequest("POST", "/mcp")
        for k, v in [("content-type", "application/json"),
                     ("accept", "application/json, text/event-stream"),
                     ("content-length", str(len(body))), *headers]:
            conn.putheader(k, v)
        conn.endheaders(body.encode())
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def test_a_second_authorization_header_smuggles_nothing(oauth, upstream, keys):
    _, port, _ = oauth
    good = f"Bearer {jwt({'aud': UPSTREAM_AUDIENCE, 'sub': 'u1'})}"
    calls = seen(upstream)["calls"]
    # Warden's token in either copy: every copy is removed, the call goes on.
    status, reply = post_with(port, call_body(id_=8),
                              [("authorization", good), ("authorization", f"Bearer {mint(keys, 'b')}")])
    assert (status, reply["id"]) == (200, 8) and "result" in reply, reply
    assert "authorization" not in json.loads(reply["result"]["content"][0]["text"])
    assert leaked(upstream, "wdn1.") == []
    # Two upstream credentials: which one the server reads is its parser's
    # choice, so Warden refuses rather than guess.
    other = f"Bearer {jwt({'aud': 'https://other.example', 'sub': 'u1'})}"
    status, reply = post_with(port, call_body(id_=9), [("authorization", good), ("authorization", other)])
    assert status == 401 and reply["error"]["data"]["warden"]["code"] == "credentials_ambiguous"
    assert seen(upstream)["calls"] == calls + 1


@pytest.fixture(scope="module")
def acl(stack, upstream):
    """The ACL trusts x-agent-id/x-agent-roles, as behind a gateway that sets them;
    x-gateway-roles is the control: a header the shipped config does not strip."""
    def envoy(roles_header: str):
        cfg = filter_only_config(guards={"toolAcl": {
            "identitySources": [{"type": "header", "header": "x-agent-id", "rolesHeader": roles_header}],
            "trustIdentityHeaders": True,
            "rules": [{"roles": ["admin"], "allow": ["*"]}],
        }})
        _, ports, _ = stack.envoy("warden.yaml", upstream_port=upstream, plugin_config=cfg)
        return ports["mcp"]
    return envoy("x-agent-roles"), envoy("x-gateway-roles")


def test_client_set_identity_headers_are_stripped(acl, upstream):
    stripped, control = acl
    spoof = {"x-agent-id": "root", "x-agent-roles": "admin", "x-gateway-roles": "admin",
             "x-jwt-payload": b64({"sub": "root", "roles": ["admin"]})}
    # The control proves the ACL would accept a header role...
    status, reply = Raw(control).rpc(call_body(id_=5), headers=spoof)
    assert (status, reply["id"]) == (200, 5) and "result" in reply, reply
    # ...but Envoy removed the client's x-agent-roles before the filter read it.
    status, reply = Raw(stripped).rpc(call_body(id_=6), headers=spoof)
    assert reply["error"]["data"]["warden"]["guard"] == "tool_acl", reply
    # And no spoofed identity header ever reached the server.
    for h in seen_log(upstream):
        assert not STRIPPED_HEADERS & set(h), h


def test_istio_strips_the_same_headers():
    """The Istio header-hygiene EnvoyFilter (istio/base) strips exactly what
    envoy/warden.yaml strips (test_istio_manifests.py validates it in Envoy)."""
    doc = yaml.safe_load((S.ROOT / "istio" / "base" / "header-hygiene.yaml").read_text())
    mutations = doc["spec"]["configPatches"][0]["patch"]["value"]["typed_config"]["mutations"]
    istio_removed = {m["remove"] for m in mutations["request_mutations"]}
    config = S.render_envoy("warden.yaml", upstream_port=8000, sidecar_port=9191, plugin_config=None)
    hcm = config["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    shipped = {m["remove"] for e in hcm["early_header_mutation_extensions"]
               for m in e["typed_config"]["mutations"]}
    assert shipped == STRIPPED_HEADERS
    assert istio_removed == STRIPPED_HEADERS
