"""The audit log end to end: filter-local and sidecar decisions through a real
Envoy end as exactly one record each, in order; `warden audit verify` passes;
strict mode denies when the record cannot be made durable; /metrics reports;
the HTML report renders in headless Chromium."""

from __future__ import annotations

import asyncio
import hashlib
import http.client
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from conftest import Raw, stats

import stack as S
from test_guards import tools_and
from test_wasm_guards import Session

AUDIT_FAILED = -32006
SECRET = "AKIAIOSFODNN7EXAMPLE"


def warden(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(S.warden_binary()), *args], capture_output=True, text=True, timeout=60, check=check
    )


def decisions(audit_dir: Path) -> list[dict]:
    out = warden("audit", "query", "--dir", str(audit_dir), "--kind", "decision", "--json").stdout
    return [json.loads(line) for line in out.splitlines()]


def plugin(strict: bool = False) -> dict:
    cfg = S.default_plugin_config()  # local deny list exec_*, delete_everything
    cfg["sidecar"] = {
        "cluster": "warden_sidecar",
        "timeoutMs": 2000,
        "failureMode": "deny",
        "methods": ["tools/call"],
    }
    cfg["audit"] = {"recordAllows": True, "flushIntervalMs": 100, "strict": strict, "timeoutMs": 2000}
    return cfg


def call(i: int, tool: str, args: dict) -> str:
    return json.dumps(
        {"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": {"name": tool, "arguments": args}}
    )


@pytest.fixture(scope="module")
def audited(stack, demo_json):
    _, sidecar = stack.sidecar(
        {"toolDenyList": ["get_weather"], "metrics": {"listen": "127.0.0.1:0"}}
    )
    data = stack.sidecar_data
    _, ports, admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=sidecar, plugin_config=plugin()
    )
    return Raw(ports["mcp"]), data


def test_one_record_per_decision_in_order_and_verify(stack, audited):
    raw, data = audited
    audit_dir = data / "audit"
    scenario = [
        # (body, who decides, effect, code)
        (call(1, "add", {"a": 1, "b": 2}), "sidecar", "allow", None),
        (call(2, "get_weather", {"city": "Paris"}), "sidecar", "deny", "tool_denied"),
        (call(3, "exec_shell", {"command": "id"}), "filter", "deny", "tool_denied"),
        ('{"jsonrpc":"2.0","id":4,"method":"tools/list"}', "filter", "allow", None),
        ('{"jsonrpc":"2.0","id":5,"method"', "filter", "deny", "parse_error"),
        (call(6, "echo", {"text": f"key {SECRET}"}), None, None, None),
    ]
    seen = [r for r in decisions(audit_dir) if r.get("details", {}).get("direction") != "response"]
    assert seen == [], "no decisions before the scenario"
    for body, source, effect, code in scenario:
        raw.post(body)
        # Sequential: each decision's record lands before the next request.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            now = [r for r in decisions(audit_dir) if r.get("details", {}).get("direction") != "response"]
            if len(now) > len(seen):
                break
            time.sleep(0.05)
        time.sleep(0.3)  # anything extra (a duplicate) would show up now
        now = [r for r in decisions(audit_dir) if r.get("details", {}).get("direction") != "response"]
        assert len(now) == len(seen) + 1, f"{body}: {now[len(seen):]}"
        rec = now[-1]
        if source is not None:
            assert (rec["source"], rec["effect"]) == (source, effect), rec
            if code:
                assert code in rec.get("codes", []), rec
        seen = now
    seqs = [r["seq"] for r in seen]
    assert seqs == sorted(seqs)
    assert seen[0]["tool"] == "add" and "argsDigest" in seen[0]
    assert seen[2]["tool"] == "exec_shell" and seen[2]["rule"] == "tool_deny_list"
    # Neither raw arguments nor the secret are anywhere in the log.
    for seg in audit_dir.glob("*.jsonl"):
        text = seg.read_text()
        assert SECRET not in text
        assert '"command":"id"' not in text
    # The log verifies against the checkpoint key (checkpoints are written on demand at stop).
    result = warden("audit", "verify", "--dir", str(audit_dir), "--pubkey", str(audit_dir / "checkpoint.pub"))
    assert "OK" in result.stdout, result


def test_a_reused_allow_is_still_one_record(stack, demo_json):
    """The sidecar lets the filter give again an allow that read only who calls
    what (no policy here: the deny list alone); each reuse is recorded by the
    filter, as the sidecar would have recorded the call. Denials are always
    asked."""
    _, sidecar = stack.sidecar({"toolDenyList": ["get_weather"], "decisionCache": {"ttlMs": 60000}})
    audit_dir = stack.sidecar_data / "audit"
    _, ports, admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=sidecar, plugin_config=plugin()
    )
    raw = Session(ports["mcp"])
    before = stats(admin)
    for i, (a, b) in enumerate([(1, 2), (5, 7), (0, 0)]):
        _, reply = raw.rpc(call(10 + i, "add", {"a": a, "b": b}))
        assert reply["id"] == 10 + i and "result" in reply, reply
    for i in range(2):
        _, reply = raw.rpc(call(20 + i, "get_weather", {"city": "Oslo"}))
        assert reply["error"]["data"]["warden"]["code"] == "tool_denied", reply
    after = stats(admin)
    moved = {k: after.get(k, 0) - before.get(k, 0) for k in ("warden.sidecar.calls", "warden.sidecar.reused")}
    assert moved == {"warden.sidecar.calls": 3, "warden.sidecar.reused": 2}, moved
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        recs = [r for r in decisions(audit_dir) if r.get("tool") in ("add", "get_weather")]
        if len(recs) >= 5:
            break
        time.sleep(0.05)
    time.sleep(0.3)  # a duplicate would show up now
    recs = [
        r for r in decisions(audit_dir)
        if r.get("tool") in ("add", "get_weather") and r.get("details", {}).get("direction") != "response"
    ]
    # The filter ships its records in batches: compare without order.
    assert sorted((r["source"], r["effect"], r["tool"]) for r in recs) == [
        ("filter", "allow", "add"),
        ("filter", "allow", "add"),
        ("sidecar", "allow", "add"),
        ("sidecar", "deny", "get_weather"),
        ("sidecar", "deny", "get_weather"),
    ], recs
    reused = [r for r in recs if r["source"] == "filter"]
    assert all("sidecar_answer_reused" in r.get("codes", []) for r in reused), reused


def test_a_reuse_with_the_record_buffer_full_asks_the_sidecar(stack, demo_json):
    """A reused allow is only as good as its record. With the filter's record
    buffer full (room for 3, shipped once a minute, one slot taken by the
    configuration record), the filter stops reusing and asks the sidecar, which
    records the call itself: nothing is dropped, every call is answered."""
    _, sidecar = stack.sidecar({"toolDenyList": ["get_weather"], "decisionCache": {"ttlMs": 60000}})
    audit_dir = stack.sidecar_data / "audit"
    cfg = plugin()
    cfg["audit"].update({"flushIntervalMs": 60000, "maxBuffer": 3})
    _, ports, admin = stack.envoy("warden.yaml", upstream_port=demo_json, sidecar_port=sidecar, plugin_config=cfg)
    raw = Session(ports["mcp"])
    before = stats(admin)
    for i in range(8):
        _, reply = raw.rpc(call(40 + i, "add", {"a": i, "b": 1}))
        assert reply["id"] == 40 + i and "result" in reply, reply
    after = stats(admin)
    moved = {
        k: after.get(k, 0) - before.get(k, 0)
        for k in ("warden.sidecar.calls", "warden.sidecar.reused", "warden.audit.dropped")
    }
    assert moved["warden.audit.dropped"] == 0, moved
    assert 1 <= moved["warden.sidecar.reused"] <= 2, moved
    assert moved["warden.sidecar.calls"] + moved["warden.sidecar.reused"] == 8, moved
    # Every call the sidecar answered is in its log, as its own record.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        recs = [r for r in decisions(audit_dir) if r.get("tool") == "add" and r["source"] == "sidecar"]
        if len(recs) >= moved["warden.sidecar.calls"]:
            break
        time.sleep(0.05)
    assert len(recs) == moved["warden.sidecar.calls"], recs


def test_metrics_endpoint(audited):
    raw, data = audited
    # Its own decisions, so the test holds alone: one denial by each side.
    raw.post(call(90, "get_weather", {"city": "Rome"}))
    raw.post(call(91, "exec_shell", {"command": "id"}))
    wanted = [
        'warden_decisions_total{source="filter",effect="deny",code="tool_denied"}',
        'warden_decisions_total{source="sidecar",effect="deny",code="tool_denied"}',
    ]

    def both_counted() -> str | None:
        status, body = S.http_get(S.metrics_port(data), "/metrics")
        text = body.decode()
        return text if status == 200 and all(w in text for w in wanted) else None

    # The filter ships its records in batches: wait for its counter to move.
    text = S.wait_until(both_counted, "a denial by each side in /metrics", timeout=10)
    assert "warden_audit_append_latency_seconds_bucket" in text
    assert "warden_filter_records_total" in text
    assert "warden_audit_records_total" in text
    # Every sidecar metric the Grafana dashboard uses exists.
    dashboard = json.loads((S.ROOT / "examples" / "grafana-dashboard.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    names = {n for e in exprs for n in re.findall(r"\b(warden_[a-z_]+)", e)}
    assert names
    for name in names:
        assert re.search(rf"^{name}(\{{| )", text, re.M), name


def test_tampering_is_reported_by_the_cli(audited, tmp_path):
    _, data = audited
    copy = tmp_path / "audit"
    shutil.copytree(data / "audit", copy, ignore=shutil.ignore_patterns(".lock"))
    seg = sorted(copy.glob("*.jsonl"))[0]
    lines = seg.read_text().splitlines()
    # The first record after the sidecar's own start record that has an effect.
    i = next(n for n, line in enumerate(lines) if n > 0 and '"effect":"' in line)
    tampered = re.sub(r'"effect":"[a-zA-Z]+"', '"effect":"tampered"', lines[i], count=1)
    assert tampered != lines[i]
    lines[i] = tampered
    seg.write_text("\n".join(lines) + "\n")
    r = warden("audit", "verify", "--dir", str(copy), check=False)
    assert r.returncode != 0
    assert f"line {i + 1} (sequence {i + 1})" in r.stderr, r.stderr


def test_strict_mode_denies_when_the_log_cannot_sync(stack, demo_json):
    _, healthy = stack.sidecar({"audit": {"strict": True}})
    _, ports, _ = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=healthy, plugin_config=plugin(strict=True)
    )
    raw = Raw(ports["mcp"])
    _, ok = raw.rpc('{"jsonrpc":"2.0","id":1,"method":"tools/list"}')
    assert "error" not in ok or ok["error"]["code"] != AUDIT_FAILED, ok
    _, broken = stack.sidecar(
        {"audit": {"strict": True}, "metrics": {"listen": "127.0.0.1:0"}},
        env={"WARDEN_AUDIT_FAULT_FDATASYNC": "1"},
    )
    broken_data = stack.sidecar_data
    _, ports, admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=broken, plugin_config=plugin(strict=True)
    )
    raw = Raw(ports["mcp"])
    # Filter-local allow: held for the record, which fails -> denied.
    _, local = raw.rpc('{"jsonrpc":"2.0","id":7,"method":"tools/list"}')
    assert local["error"]["code"] == AUDIT_FAILED, local
    assert local["error"]["data"]["warden"]["code"] == "audit_unavailable"
    assert local["id"] == 7
    # Sidecar decision in strict mode: its record fails -> denied too.
    _, remote = raw.rpc(call(8, "add", {"a": 1, "b": 1}))
    assert remote["error"]["code"] == AUDIT_FAILED, remote
    # The configuration record could not be kept either: dropped, counted, and
    # reported to the sidecar once. A report carrying no record has no sequence
    # to acknowledge; it is received, not sent again every flush interval.
    dropped = 0
    deadline = time.monotonic() + 5
    while dropped == 0 and time.monotonic() < deadline:
        time.sleep(0.1)
        dropped = stats(admin).get("warden.audit.dropped", 0)
    assert dropped > 0
    time.sleep(1)  # ten flush intervals
    dropped = stats(admin)["warden.audit.dropped"]
    reported = S.sidecar_metric(broken_data, "warden_filter_records_dropped_total")
    assert reported == dropped, (reported, dropped)


def test_a_rug_pull_is_its_own_pin_change_record(stack):
    _, upstream = stack.demo_server(json_response=True)
    _, sidecar = stack.sidecar({})
    audit_dir = stack.sidecar_data / "audit"
    _, ports, _ = stack.envoy("warden.yaml", upstream_port=upstream, sidecar_port=sidecar, plugin_config=plugin())
    url = f"http://127.0.0.1:{ports['mcp']}/mcp"
    first, _ = asyncio.run(tools_and(url))
    assert "get_weather" in first
    conn = http.client.HTTPConnection("127.0.0.1", upstream, timeout=5)
    conn.request("POST", "/admin/rug-pull")
    assert conn.getresponse().status == 200
    asyncio.run(tools_and(url))

    def pins() -> list[dict]:
        out = warden("audit", "query", "--dir", str(audit_dir), "--kind", "pinChange", "--json").stdout
        return [json.loads(line) for line in out.splitlines()]

    deadline = time.monotonic() + 10
    while not pins() and time.monotonic() < deadline:
        time.sleep(0.1)
    changes = pins()
    assert changes, "no pinChange record"
    weather = [c for c in changes if c["tool"] == "get_weather"]
    assert len(weather) == 1, changes
    c = weather[0]
    assert c["source"] == "filter" and c["rule"] == "pinning", c
    assert c["details"]["old"] and c["effect"] in ("changed", "removed"), c
    assert isinstance(c["details"]["repinned"], bool)
    # Beside it, the decision on the response that showed the change.
    responses = [r for r in decisions(audit_dir) if r.get("details", {}).get("direction") == "response"]
    assert any("pin_changed" in r.get("codes", []) for r in responses), responses


def test_filter_config_changes_are_one_record_each(stack, demo_json, workdir):
    """Applied and refused filter configurations (pushed over LDS, as an xDS
    update would be) are `configChange` records: one per change, not one per
    worker, with the digest of what was pushed and of what it replaced."""
    from test_faults_envoy import Lds

    _, sidecar = stack.sidecar({})
    audit_dir = stack.sidecar_data / "audit"
    lds = Lds(workdir)
    first = json.dumps(plugin())
    _, ports, _ = stack.envoy(
        "warden.yaml", upstream_port=demo_json, sidecar_port=sidecar, plugin_config=json.loads(first),
        tweak=lds.move_listener, concurrency=2,
    )
    port = ports["mcp"]
    sha = lambda text: hashlib.sha256(text.encode()).hexdigest()  # noqa: E731

    def changes(n: int, wait: float = 30) -> list[dict]:
        # A loaded machine can take seconds to apply an LDS update on both
        # workers; the wait ends as soon as n records are there.
        deadline = time.monotonic() + wait
        while True:
            out = warden("audit", "query", "--dir", str(audit_dir), "--kind", "configChange", "--json").stdout
            got = [r for r in map(json.loads, out.splitlines()) if r.get("source") == "filter"]
            if len(got) >= n or time.monotonic() > deadline:
                return got
            time.sleep(0.1)

    applied = changes(1)
    assert [(c["effect"], c["details"]["sha256"], c["details"]["previous"]) for c in applied] == [
        ("applied", sha(first), None)
    ], applied
    bad = json.dumps({**plugin(), "noSuchKey": True})
    lds.write(lds.with_plugin(port, bad))
    refused = changes(2)[1:]
    assert [(c["effect"], c["details"]["sha256"], c["details"]["previous"]) for c in refused] == [
        ("rejected", sha(bad), sha(first))
    ], refused
    assert "noSuchKey" in refused[0]["reason"], refused
    second = json.dumps({**plugin(), "toolDenyList": ["exec_*", "add"]})
    lds.write(lds.with_plugin(port, second))
    later = changes(3)[2:]
    assert [(c["effect"], c["details"]["sha256"], c["details"]["previous"]) for c in later] == [
        ("applied", sha(second), sha(first))
    ], later
    time.sleep(1)  # any duplicate from the second worker would have shipped by now
    assert len(changes(4, wait=10)) == 3


def test_report_renders_in_headless_chromium(stack, audited, tmp_path, workdir):
    _, data = audited
    out = tmp_path / "report.html"
    r = warden("report", "--dir", str(data / "audit"), "--out", str(out))
    assert "decisions" in r.stdout
    md = tmp_path / "report.md"
    warden("report", "--dir", str(data / "audit"), "--out", str(md))
    assert "## Control mapping" in md.read_text()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "chromium is installed by `make test` (apt-get)"
    shot = workdir / "audit-report.png"
    args = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
        "--window-size=1100,1600",
    ]
    run = subprocess.run(
        [*args, f"--screenshot={shot}", out.as_uri()], capture_output=True, text=True, timeout=120
    )
    assert shot.exists() and shot.stat().st_size > 10_000, run.stderr[-2000:]
    console = [l for l in run.stderr.splitlines() if "CONSOLE" in l]
    assert console == [], console
    dom = subprocess.run(
        [*args, "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    assert 'id="attestation"' in dom and "Verified: records 1.." in dom
    assert "<svg" in dom and "Control mapping" in dom
