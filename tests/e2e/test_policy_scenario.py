"""The support-agent policy (examples/policy.yaml) through a real Envoy, twice:
the wasm filter consulting the sidecar's Decide, and Envoy's native ext_authz
calling the sidecar's Check (no wasm). Both run the same request guards
(examples/scenario-guards.json), real MCP sessions carry Ed25519 agent tokens,
and every labelled call of examples/policy-scenario.jsonl must get its
expected effect on both paths. The one difference, documented: Check cannot
rewrite a body, so a `redact` decision is refused (`redaction_unsupported`)."""

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
GUARDS = json.loads((S.ROOT / "examples" / "scenario-guards.json").read_text())


def warden(*args: str) -> str:
    return subprocess.run([str(S.warden_binary()), *args], capture_output=True, text=True, check=True,
                          timeout=30).stdout.strip()


def scenario_sidecar(stack, keys):
    """A fresh sidecar (budgets are per sidecar) with the policy and the guards."""
    return stack.sidecar({
        "policy": {"file": str(S.ROOT / "examples" / "policy.yaml")},
        "identity": {"agentTokens": {"publicKeys": [str(keys / "agents.pub")]}},
        "agents": {"unknown": "register"},
        # For Check: the same guards the filter runs.
        "guards": GUARDS,
    })[1]


@pytest.fixture(scope="module")
def scenario_keys(stack, workdir):
    keys = workdir / "keys"
    warden("keygen", "--out", str(keys), "--name", "agents")
    tokens = {}
    for row in SCENARIO:
        if row["agent"] not in tokens:
            roles = [a for r in row["roles"] for a in ("--role", r)]
            tokens[row["agent"]] = warden("token", "--key", str(keys / "agents.key"),
                                          "--agent-id", row["agent"], *roles, "--ttl", "1h")
    return keys, tokens


@pytest.fixture(scope="module")
def upstream(stack):
    return stack.demo_server(script="support-server")[1]


@pytest.fixture(scope="module")
def scenario_stack(stack, scenario_keys, upstream):
    keys, tokens = scenario_keys
    plugin = {
        "mcpPaths": ["/mcp"],
        "sidecar": {"cluster": "warden_sidecar", "timeoutMs": 1000},
        # The policy decides on suspicious arguments (holds them for approval):
        # the filter's scanners report to it instead of acting on their own.
        "guards": GUARDS,
    }
    _, ports, _ = stack.envoy("warden.yaml", upstream_port=upstream,
                              sidecar_port=scenario_sidecar(stack, keys), plugin_config=plugin)
    return f"http://127.0.0.1:{ports['mcp']}/mcp", tokens


@pytest.fixture(scope="module")
def native_stack(stack, scenario_keys, upstream):
    keys, tokens = scenario_keys
    _, ports, _ = stack.envoy("warden-ext-authz.yaml", upstream_port=upstream,
                              sidecar_port=scenario_sidecar(stack, keys))
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


def effect(row: dict, outcome) -> str:
    """The effect a client saw, in the scenario's words."""
    code = getattr(outcome, "code", None)
    if code == CODES["require_approval"]:
        return "require_approval"
    if code == CODES["deny"]:
        return "redact" if outcome.data["warden"]["code"] == "redaction_unsupported" else "deny"
    if code is not None or getattr(outcome, "is_error", True):
        return f"error {outcome!r}"
    received = json.loads(outcome.content[0].text)["received"]
    sent = {k: v for k, v in row["arguments"].items() if v is not None}
    return "allow" if received == sent else "redact"


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


def test_native_ext_authz_decides_every_call_the_same(native_stack):
    """Envoy's ext_authz filter + Check: the same effect for every labelled call
    (a redact decision arrives as `redaction_unsupported`, Check's documented
    fallback, since it cannot rewrite the body)."""
    url, tokens = native_stack
    results = asyncio.run(run_scenario(url, tokens))
    wrong = [f"{row['label']}: expected {row['expect']}, got {effect(row, outcome)}"[:300]
             for row, outcome in results if effect(row, outcome) != row["expect"]]
    assert not wrong, "\n".join(wrong)
    held = [o for r, o in results if r["expect"] == "require_approval"]
    assert all(str(o.data["warden"].get("approvalId", "")).startswith("apr_") for o in held)
