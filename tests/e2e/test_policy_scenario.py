"""Issue 4's proof through a real Envoy: the support-agent policy
(examples/policy.yaml) decided by the sidecar, the filter applying it, real MCP
sessions with Ed25519 agent tokens, every labelled call of
examples/policy-scenario.jsonl checked against its expected effect."""

from __future__ import annotations

import asyncio
import json
import subprocess
from collections import OrderedDict

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

import stack as S

SCENARIO = [json.loads(l) for l in (S.ROOT / "examples" / "policy-scenario.jsonl").read_text().splitlines() if l.strip()]
CODES = {"deny": -32001, "require_approval": -32004}


def warden(*args: str) -> str:
    return subprocess.run([str(S.warden_binary()), *args], capture_output=True, text=True, check=True,
                          timeout=30).stdout.strip()


@pytest.fixture(scope="module")
def scenario_stack(stack, workdir):
    keys = workdir / "keys"
    warden("keygen", "--out", str(keys), "--name", "agents")
    _, sidecar = stack.sidecar({
        "policy": {"file": str(S.ROOT / "examples" / "policy.yaml")},
        "identity": {"agentTokens": {"publicKeys": [str(keys / "agents.pub")]}},
        "agents": {"unknown": "register"},
    })
    _, upstream = stack.demo_server(script="support-server")
    plugin = {
        "mcpPaths": ["/mcp"],
        "sidecar": {"cluster": "warden_sidecar", "timeoutMs": 1000},
        # The policy decides on suspicious arguments (holds them for approval):
        # the filter's scanners report to it instead of denying on their own.
        "guards": {"argumentThreats": {"action": "warn"}, "dlp": {"secrets": {"action": "warn"}}},
    }
    _, ports, _ = stack.envoy("warden.yaml", upstream_port=upstream, sidecar_port=sidecar, plugin_config=plugin)
    tokens = {}
    for row in SCENARIO:
        if row["agent"] not in tokens:
            roles = [a for r in row["roles"] for a in ("--role", r)]
            tokens[row["agent"]] = warden("token", "--key", str(keys / "agents.key"),
                                          "--agent-id", row["agent"], *roles, "--ttl", "1h")
    return f"http://127.0.0.1:{ports['mcp']}/mcp", tokens


async def run_scenario(url: str, tokens: dict) -> list[tuple[dict, object]]:
    """One MCP session per scenario session, calls in file order."""
    sessions: OrderedDict[str, list[dict]] = OrderedDict()
    for row in SCENARIO:
        sessions.setdefault(row["session"], []).append(row)
    outcomes = {}
    clients = {}
    stacks = []
    try:
        for name, rows in sessions.items():
            http = httpx2.AsyncClient(headers={"authorization": f"Bearer {tokens[rows[0]['agent']]}"}, timeout=30)
            client = Client(streamable_http_client(url, http_client=http), mode="legacy")
            await client.__aenter__()
            stacks.append(client)
            clients[name] = client
        for i, row in enumerate(SCENARIO):
            try:
                outcomes[i] = await clients[row["session"]].call_tool(row["tool"], row["arguments"])
            except MCPError as e:
                outcomes[i] = e.error
    finally:
        for client in reversed(stacks):
            await client.__aexit__(None, None, None)
    return [(row, outcomes[i]) for i, row in enumerate(SCENARIO)]


def test_every_labelled_call_gets_its_expected_effect(scenario_stack):
    url, tokens = scenario_stack
    assert len(SCENARIO) >= 20
    results = asyncio.run(run_scenario(url, tokens))
    wrong = []
    for row, outcome in results:
        expect = row["expect"]
        if expect in CODES:
            ok = getattr(outcome, "code", None) == CODES[expect]
            if ok and expect == "require_approval":
                ok = str(outcome.data["warden"].get("approvalId", "")).startswith("apr_")
        else:
            ok = hasattr(outcome, "content") and not outcome.is_error
            if ok:
                received = json.loads(outcome.content[0].text)["received"]
                if expect == "redact" and "bcc" in row["arguments"]:
                    ok = received.get("bcc") != row["arguments"]["bcc"]
                elif expect == "allow":
                    ok = received.keys() == {k for k, v in row["arguments"].items() if v is not None}
        if not ok:
            wrong.append(f"{row['label']}: expected {expect}, got {outcome!r}"[:300])
    assert not wrong, "\n".join(wrong)
