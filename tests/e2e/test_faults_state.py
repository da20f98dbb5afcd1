"""Faults in what the sidecar stands on, through a real Envoy + filter +
sidecar: the data directory full or read-only (a real size-limited tmpfs,
needs root like the CI runner), audit fdatasync failing (injected with the
sidecar's test-only WARDEN_AUDIT_FAULT_FDATASYNC), the policy file replaced
with garbage, WebAssembly guards that loop, exhaust memory or trap. Fail
closed gives the distinct code, fail open passes and is counted, and service
recovers within RECOVERY_BOUND_S when the fault clears."""

from __future__ import annotations

import time

import pytest
import yaml
from faults import (
    AUDIT_FAILED,
    DENIED,
    GUARD_ERROR,
    RECOVERY_BOUND_S,
    Session,
    UNAVAILABLE,
    Tmpfs,
    audit_decisions,
    one,
    record,
    recover_within,
    verify,
)
from test_faults import plugin
from test_wasm_guards import guard, write_guards

import stack as S


def through_envoy(stack, upstream: int, sidecar_port: int, mode: str = "deny", timeout_ms: int = 300) -> Session:
    cfg = plugin(mode, timeout_ms)
    _, ports, _ = stack.envoy("warden.yaml", upstream_port=upstream, sidecar_port=sidecar_port, plugin_config=cfg)
    return Session(ports["mcp"])


@pytest.fixture
def tmpfs(workdir):
    fs = Tmpfs(workdir / f"tmpfs-{time.monotonic_ns()}", size="8m")
    yield fs
    fs.unmount()


METRICS = {"metrics": {"listen": "127.0.0.1:0"}}


@pytest.mark.reliability
def test_data_dir_full_then_freed(stack, demo_json, tmpfs):
    strict_data, lax_data = tmpfs.path / "strict", tmpfs.path / "lax"
    _, strict = stack.sidecar({"dataDir": str(strict_data), "audit": {"strict": True}, **METRICS})
    _, lax = stack.sidecar({"dataDir": str(lax_data), **METRICS})
    closed, opened = through_envoy(stack, demo_json, strict), through_envoy(stack, demo_json, lax)
    assert one(closed) == "ok" and one(opened) == "ok"
    acked = len(audit_decisions(strict_data / "audit"))
    filler = tmpfs.fill()
    # The log's last page may still hold a few records; then appends fail.
    c = [one(closed, i) for i in range(40)]
    errors_before = S.sidecar_metric(lax_data, "warden_audit_errors_total")
    o = [one(opened, i) for i in range(40)]
    time.sleep(0.5)  # the writer thread reports the failed batch
    counted = S.sidecar_metric(lax_data, "warden_audit_errors_total") - errors_before
    filler.unlink()
    took = max(recover_within(closed), recover_within(opened))
    assert set(c) <= {"ok", str(AUDIT_FAILED)} and c[-3:] == [str(AUDIT_FAILED)] * 3, c
    assert o == ["ok"] * 40 and counted >= 1, (o, counted)
    # Every call acknowledged (before and while the disk filled) has its
    # record, and the chain (failed appends rolled back) verifies.
    after = audit_decisions(strict_data / "audit")
    assert len(after) >= acked + c.count("ok") + 1
    assert "OK" in verify(strict_data / "audit") and "OK" in verify(lax_data / "audit")
    record(
        "data dir full (tmpfs ENOSPC)",
        f"strict: {AUDIT_FAILED}; non-strict: passes, counted; ack'd kept; recover < {RECOVERY_BOUND_S}s",
        f"strict {c.count('ok')} ok then {c.count(str(AUDIT_FAILED))}x {AUDIT_FAILED}; non-strict ok x40, "
        f"audit errors +{counted:.0f}; all ack'd recorded, chain OK; recovered in {took:.2f}s",
    )


@pytest.mark.reliability
def test_data_dir_read_only_then_writable(stack, demo_json, tmpfs):
    """A filesystem cannot go read-only under open writers (EBUSY), so the
    fault is a data directory that is read-only when the sidecar starts (a
    misconfigured volume): the sidecar refuses to start with a clear reason,
    Envoy fails closed meanwhile, and a restart once it is writable serves."""
    data = tmpfs.path / "data"
    data.mkdir()
    tmpfs.remount("ro")
    port = S.free_port()
    cfg = {"listen": f"127.0.0.1:{port}", "dataDir": str(data), "audit": {"strict": True}}
    try:
        with pytest.raises(RuntimeError, match="process exited with 1"):
            stack.sidecar(cfg)
        why = stack.procs[-1].tail(5)
        closed = through_envoy(stack, demo_json, port)
        c = [one(closed, i) for i in range(3)]
    finally:
        tmpfs.remount("rw")
    assert "Read-only file system" in why or "read-only" in why.lower(), why
    started = time.monotonic()
    stack.sidecar(cfg)
    took = recover_within(closed) + (time.monotonic() - started)
    assert c == [str(UNAVAILABLE)] * 3, c
    assert "OK" in verify(data / "audit")
    record(
        "data dir read-only at start",
        f"sidecar refuses to start (clear reason); filter fails closed {UNAVAILABLE}; serves after rw + restart",
        f"sidecar exit 1 ({why.splitlines()[-1][-60:] if why else ''}); {c[0]} x3; serving {took:.2f}s after restart",
    )


@pytest.mark.reliability
def test_audit_fdatasync_failing(stack, demo_json):
    fault = {"WARDEN_AUDIT_FAULT_FDATASYNC": "1"}
    _, strict = stack.sidecar({"audit": {"strict": True}}, env=fault)
    _, lax = stack.sidecar(METRICS, env=fault)
    lax_data = stack.sidecar_data
    closed, opened = through_envoy(stack, demo_json, strict), through_envoy(stack, demo_json, lax)
    c = [one(closed, i) for i in range(3)]
    o = [one(opened, i) for i in range(3)]
    time.sleep(0.5)
    counted = S.sidecar_metric(lax_data, "warden_audit_errors_total")
    assert c == [str(AUDIT_FAILED)] * 3, c
    assert o == ["ok"] * 3 and counted >= 1, (o, counted)
    record(
        "audit fdatasync failing (injected)",
        f"strict: {AUDIT_FAILED}; non-strict: passes, counted",
        f"strict {c[0]} x3; non-strict ok x3, audit errors {counted:.0f}",
    )


POLICY_V1 = {"name": "faults", "version": 1, "defaultEffect": "allow",
             "rules": [{"id": "no-weather", "reason": "test", "tools": ["get_weather"], "effect": "deny"}]}
POLICY_V2 = {"name": "faults", "version": 2, "defaultEffect": "allow",
             "rules": [{"id": "no-echo", "reason": "test", "tools": ["echo"], "effect": "deny"}]}


def write_atomic(path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    tmp.replace(path)


@pytest.mark.reliability
def test_policy_replaced_with_garbage_then_fixed(stack, demo_json, workdir):
    path = workdir / "faults-policy.yaml"
    write_atomic(path, yaml.safe_dump(POLICY_V1))
    _, port = stack.sidecar(
        {"policy": {"file": str(path), "reloadIntervalMs": 100}, "identity": {"allowAnonymous": True}, **METRICS}
    )
    data = stack.sidecar_data
    raw = through_envoy(stack, demo_json, port)
    weather = {"tool": "get_weather", "args": {"city": "Oslo"}}
    assert one(raw, 1, **weather) == str(DENIED) and one(raw) == "ok"
    failures = S.sidecar_metric(data, "warden_policy_reload_failures_total")
    for garbage in ("rules: [unclosed", "\x00\xff not yaml at all", "rules:\n  - effect: explode\n"):
        write_atomic(path, garbage)
        time.sleep(0.4)
        # The last good policy keeps deciding.
        assert one(raw, 2, **weather) == str(DENIED)
        assert one(raw, 3, "echo", {"text": "hi"}) == "ok"
    counted = S.sidecar_metric(data, "warden_policy_reload_failures_total") - failures
    assert counted >= 3, counted
    write_atomic(path, yaml.safe_dump(POLICY_V2))
    took = recover_within(raw, want=str(DENIED), tool="echo", args={"text": "hi"})
    assert one(raw, 4, **weather) == "ok"
    record(
        "policy file replaced with garbage, then fixed",
        f"old policy keeps serving; reload failures counted; new policy < {RECOVERY_BOUND_S}s",
        f"old policy served x3 garbage; reload failures +{counted:.0f}; fixed policy live in {took:.2f}s",
    )


# A guards-file change is live once the sidecar has compiled the module
# (wasmtime/Cranelift; slow in the debug build on a shared 2-core machine).
GUARD_RELOAD_S = 60.0


# The hostile guard's own deadline, well under the filter's 2 s sidecar timeout
# (a guard deadline at the filter's timeout races it and ends as -32002).
HOSTILE_TIMEOUT_MS = 100


def hostile(mode: str, failure_mode: str = "deny") -> dict:
    return guard(f"hostile-{mode}-{failure_mode}", "hostile_guard", {"mode": mode},
                 runsOn=["toolCall"], failureMode=failure_mode, timeoutMs=HOSTILE_TIMEOUT_MS)


@pytest.fixture(scope="module")
def guarded(stack, demo_json, workdir):
    path = workdir / "faults-guards.yaml"
    write_guards(path, [hostile("allow")])
    _, port = stack.sidecar({"wasmGuards": {"file": str(path), "reloadIntervalMs": 100}})
    # The guard's own deadline (100 ms) is under test, not the filter's: give
    # the debug sidecar on a loaded machine room to answer.
    return path, through_envoy(stack, demo_json, port, timeout_ms=2000)


@pytest.mark.reliability
@pytest.mark.parametrize("mode", ["loop", "hog", "panic"])
def test_wasm_guard_loops_exhausts_memory_or_traps(guarded, mode):
    path, raw = guarded
    assert one(raw) == "ok"
    write_guards(path, [hostile(mode, "deny")])
    recover_within(raw, bound=GUARD_RELOAD_S, want=str(GUARD_ERROR))
    started = time.monotonic()
    closed = [one(raw, i) for i in range(3)]
    each = (time.monotonic() - started) / 3
    write_guards(path, [hostile(mode, "allow")])
    recover_within(raw, bound=GUARD_RELOAD_S, want="ok")
    opened = [one(raw, i) for i in range(3)]
    write_guards(path, [hostile("allow")])
    took = recover_within(raw, bound=GUARD_RELOAD_S)
    assert closed == [str(GUARD_ERROR)] * 3, closed
    assert opened == ["ok"] * 3, opened
    # Bounded by the guard's deadline, not by the filter giving up.
    assert each < 1.0, f"each call took {each:.2f}s with a {mode} guard"
    record(
        f"WIT guard {mode} ({'loops' if mode == 'loop' else 'exhausts memory' if mode == 'hog' else 'traps'})",
        f"failureMode deny: {GUARD_ERROR}; allow: passes; each call < 1s (deadline {HOSTILE_TIMEOUT_MS} ms); fixed guard < {GUARD_RELOAD_S:.0f}s",
        f"deny {closed[0]} x3 ({each * 1000:.0f} ms each); allow ok x3; healthy guard live in {took:.2f}s",
    )
