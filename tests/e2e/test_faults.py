"""Faults around the filter, through a real Envoy + filter + sidecar: the
sidecar killed, hung, slow or restarted. Each test asserts the configured
failure mode (fail closed: the distinct JSON-RPC code; fail open: the call
passes and is counted), that nothing acknowledged is lost, and that service
comes back by itself within RECOVERY_BOUND_S once the fault clears."""

from __future__ import annotations

import time

import pytest
from conftest import stats
from faults import (
    DENIED,
    RECOVERY_BOUND_S,
    UNAVAILABLE,
    FaultProxy,
    Load,
    Session,
    audit_decisions,
    one,
    record,
    recover_within,
    verify,
    warden,
)

import stack as S

TIMEOUT_MS = 300


def plugin(failure_mode: str = "deny", timeout_ms: int = TIMEOUT_MS) -> dict:
    cfg = S.default_plugin_config()
    cfg["sidecar"] = {
        "cluster": "warden_sidecar",
        "timeoutMs": timeout_ms,
        "failureMode": failure_mode,
        "methods": ["tools/call"],
    }
    # No audit shipper, so no reused allows: every call must reach the sidecar
    # for its faults to show.
    cfg.pop("audit", None)
    return cfg


def restartable_sidecar(stack, config: dict, port: int | None = None, data=None):
    """A sidecar on a fixed port and data directory, so a restart is the same
    endpoint and the same state."""
    port = port or S.free_port()
    cfg = {"listen": f"127.0.0.1:{port}", **config}
    if data is not None:
        cfg["dataDir"] = str(data)
    proc, _ = stack.sidecar(cfg)
    return proc, port, data or stack.sidecar_data


def test_sidecar_killed_mid_load(stack, demo_json):
    config = {"toolDenyList": ["get_weather"], "audit": {"strict": True}}
    proc, port, data = restartable_sidecar(stack, config)
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=demo_json, sidecar_port=port, plugin_config=plugin())
    raw = Session(ports["mcp"])
    assert one(raw) == "ok"
    with Load(raw) as load:
        time.sleep(1.0)
        proc.popen.kill()  # SIGKILL: no graceful shutdown, no final flush
        proc.popen.wait(10)
        time.sleep(1.0)
        during = load.counts()
    # Fail closed: every call either passed (decided before the kill) or got
    # the distinct code; never anything else.
    assert set(during) <= {"ok", str(UNAVAILABLE)}, during
    assert during[str(UNAVAILABLE)] > 0, during
    assert stats(admin)["warden.sidecar.errors"] >= during[str(UNAVAILABLE)]
    # Nothing acknowledged is lost: every allowed call has its durable record
    # (strict audit: the sidecar answers only after fdatasync).
    _, _, _ = restartable_sidecar(stack, config, port, data)
    took = recover_within(raw)
    records = [r for r in audit_decisions(data / "audit") if r.get("tool") == "add" and r.get("effect") == "allow"]
    acknowledged = during["ok"] + 1
    assert len(records) >= acknowledged, (len(records), acknowledged)
    assert "OK" in verify(data / "audit")
    record(
        "sidecar killed mid-load (fail closed)",
        f"only ok/{UNAVAILABLE}; every ack'd allow in audit; recover < {RECOVERY_BOUND_S}s",
        f"{dict(during)}; {len(records)} records >= {acknowledged} ack'd; chain OK; recovered in {took:.2f}s",
    )


@pytest.fixture(scope="module")
def proxied(stack, demo_json):
    """Two Envoys (fail closed, fail open) reaching one sidecar through a FaultProxy."""
    _, sidecar = stack.sidecar({"toolDenyList": ["get_weather"]})
    proxy = FaultProxy(sidecar)
    out = {}
    for mode in ("deny", "allow"):
        _, ports, admin = stack.envoy(
            "warden.yaml", upstream_port=demo_json, sidecar_port=proxy.port, plugin_config=plugin(mode)
        )
        out[mode] = (Session(ports["mcp"]), admin)
    yield proxy, out
    proxy.close()


@pytest.mark.parametrize("fault", ["hang", "delay"])
def test_sidecar_hung_or_slow(proxied, fault):
    proxy, envoys = proxied
    closed, closed_admin = envoys["deny"]
    opened, open_admin = envoys["allow"]
    assert one(closed) == "ok" and one(closed, 2, "get_weather", {"city": "Oslo"}) == str(DENIED)
    before_open = stats(open_admin).get("warden.sidecar.fail_open", 0)
    proxy.delay = 1.0  # over three times the 300 ms timeout
    proxy.mode = fault
    try:
        started = time.monotonic()
        c = [one(closed, i) for i in range(3)]
        took = (time.monotonic() - started) / 3
        o = [one(opened, i) for i in range(3)]
        # Fail open passes even what the sidecar would deny: that is the mode's
        # meaning, and it is counted.
        o_denied = one(opened, 9, "get_weather", {"city": "Oslo"})
    finally:
        proxy.mode = "pass"
    assert c == [str(UNAVAILABLE)] * 3, c
    assert took < TIMEOUT_MS / 1000 + 1.0, f"a call took {took:.2f}s; the timeout is {TIMEOUT_MS} ms"
    assert o == ["ok"] * 3 and o_denied == "ok", (o, o_denied)
    counted = stats(open_admin)["warden.sidecar.fail_open"] - before_open
    assert counted >= 4, counted
    rec_closed = recover_within(closed)
    rec_open = recover_within(opened, want=str(DENIED), tool="get_weather", args={"city": "Oslo"})
    assert one(closed, 11, "get_weather", {"city": "Oslo"}) == str(DENIED)
    name = "sidecar hung (accepts, never answers)" if fault == "hang" else "sidecar slow (1 s > 300 ms timeout)"
    record(
        name,
        f"closed: {UNAVAILABLE} within timeout; open: passes, counted; recover < {RECOVERY_BOUND_S}s",
        f"closed {c[0]} x3 in {took * 1000:.0f} ms each; open ok x4, fail_open +{counted}; recovered in {max(rec_closed, rec_open):.2f}s",
    )


@pytest.mark.reliability
def test_sidecar_restart_keeps_suspensions_and_audit_chain(stack, demo_json, workdir):
    keys = workdir / "fault-keys"
    warden("keygen", "--out", str(keys), "--name", "agents")
    token = warden("token", "--key", str(keys / "agents.key"), "--agent-id", "bot-1", "--ttl", "1h").stdout.strip()
    admin_port = S.free_port()
    config = {
        "identity": {"agentTokens": {"publicKeys": [str(keys / "agents.pub")]}},
        "agents": {"unknown": "register"},
        "admin": {"listen": f"127.0.0.1:{admin_port}"},
    }
    proc, port, data = restartable_sidecar(stack, config)
    _, ports, _ = stack.envoy("warden.yaml", upstream_port=demo_json, sidecar_port=port, plugin_config=plugin())
    raw = Session(ports["mcp"])
    auth = {"authorization": f"Bearer {token}"}

    def as_bot(i):
        status, reply = raw.rpc(
            '{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"add","arguments":{"a":1,"b":2}}}' % i,
            headers=auth,
        )
        return reply

    assert "result" in as_bot(1)
    admin = ["--admin", f"127.0.0.1:{admin_port}", "--token-file", str(data / "admin.token")]
    warden("agents", "suspend", *admin, "--reason", "reliability test", "bot-1")
    suspended = as_bot(2)
    assert suspended["error"]["code"] == DENIED, suspended
    before = audit_decisions(data / "audit")
    assert proc.stop() == 0
    restartable_sidecar(stack, config, port, data)
    took = recover_within(raw)  # an anonymous probe: answered again
    # The suspension survived the restart; so did every record, and the chain continues.
    again = as_bot(3)
    assert again["error"]["code"] == DENIED, again
    assert again["error"]["data"]["warden"]["code"] == suspended["error"]["data"]["warden"]["code"]
    after = audit_decisions(data / "audit")
    assert after[: len(before)] == before
    assert len(after) > len(before)
    seqs = [r["seq"] for r in after]
    assert seqs == sorted(seqs)
    assert "OK" in verify(data / "audit")
    record(
        "sidecar restarted",
        "suspension, audit records and chain survive; serving < 5s",
        f"suspension kept ({again['error']['data']['warden']['code']}); {len(before)} records kept, "
        f"chain OK; serving in {took:.2f}s",
    )
