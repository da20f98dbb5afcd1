"""Bounded soak through Envoy + filter + sidecar, on loopback.

Two Envoys (one in front of a demo server answering JSON, one answering SSE)
share one sidecar running a policy (deny, approval hold), a WebAssembly guard
(masking) and the filter's native guards (secret redaction). Several MCP SDK
clients call a fixed mix at a steady rate; every outcome must be the expected
one. Envoy's and the sidecar's RSS and open fds are sampled every 10 s, and the
sidecar's session and budget table sizes (its /metrics gauges), which must stay
under their bounds (the session bound is small, so churn reaches it). At the
end the sidecar stops, the audit log must verify and hold exactly one
decision record per tools/call made.

    python tests/soak/soak.py --seconds 120 [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

import stack as S  # noqa: E402
from faults import fd_count, rss_kib  # noqa: E402
from mcp import Client  # noqa: E402
from mcp.shared.exceptions import MCPError  # noqa: E402

SECRET = "AKIAIOSFODNN7EXAMPLE"
DENIED, APPROVAL = -32001, -32004

# (label, tool, arguments, check of the result text or the expected error code)
MIX = [
    ("allowed", "add", {"a": 1, "b": 2}, lambda t: t == "3.0"),
    ("denied", "get_weather", {"city": "Oslo"}, DENIED),
    ("redacted", "echo", {"text": f"key {SECRET}"}, lambda t: SECRET not in t),
    ("approval-held", "echo", {"text": "please approve this transfer"}, APPROVAL),
    ("wit-guarded", "echo", {"text": "my password is hunter2"}, lambda t: t == "my password is [MASKED]"),
]

POLICY = {
    "name": "soak",
    "version": 1,
    "defaultEffect": "allow",
    "rules": [
        {"id": "no-weather", "reason": "soak: denied", "tools": ["get_weather"], "effect": "deny"},
        # Fills the budget table: one running total per session.
        {"id": "add-budget", "reason": "soak: counted", "tools": ["add"],
         "budget": {"per": "session", "count": True, "limit": 1000000, "window": "1m"}, "effect": "allow"},
        {"id": "hold-approve", "reason": "soak: held", "tools": ["echo"],
         "when": {"path": "text", "op": "regex", "value": "approve"}, "effect": "require_approval"},
        {"id": "redact-keys", "reason": "soak: redacted", "tools": ["echo"],
         "when": {"path": "text", "op": "regex", "value": "AKIA[0-9A-Z]{16}"}, "effect": "redact", "redact": ["text"]},
    ],
}


def guards_file(workdir: Path) -> Path:
    module = S.ROOT / "target" / "guards" / "simple_pattern_guard.wasm"
    guard = {"id": "mask", "module": str(module), "sha256": hashlib.sha256(module.read_bytes()).hexdigest(),
             "config": {"maskArguments": ["hunter2"]}, "runsOn": ["toolCall"],
             # The debug sidecar on a shared 2-core box: the soak looks for leaks
             # and lost records, not guard latency (benches measure that).
             "timeoutMs": 1000}
    path = workdir / "guards.yaml"
    path.write_text(yaml.safe_dump({"guards": [guard]}))
    return path


def plugin() -> dict:
    cfg = S.default_plugin_config()
    cfg["sidecar"] = {"cluster": "warden_sidecar", "timeoutMs": 2000, "failureMode": "deny",
                      "methods": ["tools/call"]}
    # Every call asks the sidecar (no audit shipper, so no reused allows): the
    # soak counts one sidecar record per call.
    cfg.pop("audit", None)
    return cfg


# Sidecar tables that must stay bounded, with the gauge of their bound.
TABLES = {"warden_sessions": "warden_sessions_max", "warden_budget_entries": "warden_budget_entries_max"}
# Small enough that the soak's session churn reaches it without idle expiry.
MAX_SESSIONS, SESSION_IDLE_SECONDS = 64, 20


def scrape(addr: str) -> dict[str, float]:
    """The sidecar's untyped gauges and counters, by name (no labels)."""
    with urllib.request.urlopen(f"http://{addr}/metrics", timeout=5) as r:
        text = r.read().decode()
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#") and "{" not in parts[0]:
            out[parts[0]] = float(parts[1])
    return out


class Sampler(threading.Thread):
    def __init__(self, procs: dict[str, int], every: float, metrics_addr: str):
        super().__init__(daemon=True)
        self.procs, self.every, self.metrics_addr = procs, every, metrics_addr
        self.samples: list[dict] = []
        self.stop = threading.Event()

    def sample(self) -> None:
        row = {"t": time.monotonic()}
        for name, pid in self.procs.items():
            row[f"{name}.rss_kib"] = rss_kib(pid)
            row[f"{name}.fds"] = fd_count(pid)
        m = scrape(self.metrics_addr)
        for gauge, bound in TABLES.items():
            row[gauge], row[bound] = m[gauge], m[bound]
        self.samples.append(row)

    def run(self) -> None:
        self.sample()
        while not self.stop.wait(self.every):
            self.sample()


def slope_per_min(samples: list[dict], key: str) -> float:
    """Least-squares slope of `key` over time, per minute."""
    xs = [s["t"] for s in samples]
    ys = [s[key] for s in samples]
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    den = sum((x - mx) ** 2 for x in xs)
    return 60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else 0.0


async def client(url: str, seconds: float, rate: float, offset: int, out: Counter, unexpected: list) -> None:
    """One MCP SDK client: a new session every 50 calls (sessions churn)."""
    deadline = time.monotonic() + seconds
    i = offset
    next_at = time.monotonic()
    while time.monotonic() < deadline:
        async with Client(url, mode="legacy") as c:
            for _ in range(50):
                if time.monotonic() >= deadline:
                    break
                label, tool, args, want = MIX[i % len(MIX)]
                i += 1
                try:
                    result = await c.call_tool(tool, args)
                    got = result.content[0].text
                    ok = callable(want) and want(got)
                except MCPError as e:
                    got = e.error.code
                    ok = got == want
                out[label] += 1
                out["calls"] += 1
                if not ok:
                    unexpected.append((label, got))
                next_at += 1 / rate
                await asyncio.sleep(max(0.0, next_at - time.monotonic()))


async def drive(urls: list[str], clients: int, seconds: float, rate: float) -> tuple[Counter, list]:
    out: Counter = Counter()
    unexpected: list = []
    await asyncio.gather(*(client(urls[k % len(urls)], seconds, rate, k, out, unexpected) for k in range(clients)))
    return out, unexpected


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--rate", type=float, default=5.0, help="calls per second per client")
    ap.add_argument("--sample-every", type=float, default=10.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="warden-soak-"))
    st = S.Stack(workdir)
    try:
        _, up_json = st.demo_server(json_response=True)
        _, up_sse = st.demo_server()
        policy = workdir / "policy.yaml"
        policy.write_text(yaml.safe_dump(POLICY))
        sidecar, port = st.sidecar({
            "policy": {"file": str(policy)},
            "identity": {"allowAnonymous": True, "maxSessions": MAX_SESSIONS,
                         "sessionIdleSeconds": SESSION_IDLE_SECONDS},
            "metrics": {"listen": "127.0.0.1:0"},
            "wasmGuards": {"file": str(guards_file(workdir)), "reloadIntervalMs": 0},
        })
        data = st.sidecar_data
        envoys, urls = {}, []
        for name, up in (("envoy_json", up_json), ("envoy_sse", up_sse)):
            proc, ports, _ = st.envoy("warden.yaml", upstream_port=up, sidecar_port=port, plugin_config=plugin(), access_log=False)
            envoys[name] = proc.popen.pid
            urls.append(f"http://127.0.0.1:{ports['mcp']}/mcp")
        metrics_addr = S.wait_until(lambda: (data / "metrics.addr").read_text().strip(), "sidecar metrics.addr")
        sampler = Sampler({**envoys, "sidecar": sidecar.popen.pid}, args.sample_every, metrics_addr)
        sampler.start()
        started = time.monotonic()
        counts, unexpected = asyncio.run(drive(urls, args.clients, args.seconds, args.rate))
        elapsed = time.monotonic() - started
        sampler.stop.set()
        sampler.join()
        sampler.sample()
        # Past the idle time the next sweep may drop every binding; the table
        # must never have held more than its bound.
        assert sidecar.stop() == 0, sidecar.tail()
        audit = data / "audit"
        verify = subprocess.run([str(S.warden_binary()), "audit", "verify", "--dir", str(audit)],
                                capture_output=True, text=True)
        query = subprocess.run([str(S.warden_binary()), "audit", "query", "--dir", str(audit), "--kind",
                                "decision", "--json"], capture_output=True, text=True, check=True).stdout
        records = [json.loads(line) for line in query.splitlines()]
        call_records = [r for r in records if r.get("method") == "tools/call"
                        and r.get("details", {}).get("direction") != "response"]
    finally:
        st.stop_all()

    s0, s1 = sampler.samples[0], sampler.samples[-1]
    resources = {}
    for name in sampler.procs:
        for m in ("rss_kib", "fds"):
            k = f"{name}.{m}"
            resources[k] = {"start": s0[k], "end": s1[k], "slope_per_min": round(slope_per_min(sampler.samples, k), 2)}
    tables = {}
    for gauge, bound in TABLES.items():
        values = [r[gauge] for r in sampler.samples]
        tables[gauge] = {"start": values[0], "end": values[-1], "max": max(values), "bound": s1[bound],
                         "slope_per_min": round(slope_per_min(sampler.samples, gauge), 2)}
    result = {
        "seconds": round(elapsed, 1),
        "calls": counts["calls"],
        "rate_per_s": round(counts["calls"] / elapsed, 1),
        "mix": {label: counts[label] for label, *_ in MIX},
        "unexpected": len(unexpected),
        "unexpected_examples": [str(u) for u in unexpected[:5]],
        "audit_verify": "OK" if verify.returncode == 0 and "OK" in verify.stdout else (verify.stdout + verify.stderr)[-300:],
        "audit_call_records": len(call_records),
        "samples": len(sampler.samples),
        "resources": resources,
        "tables": tables,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result))
    ok = (
        not unexpected
        and result["audit_verify"] == "OK"
        and len(call_records) == counts["calls"]
        and all(counts[label] > 0 for label, *_ in MIX)
        and all(t["max"] <= t["bound"] for t in tables.values())
        and tables["warden_budget_entries"]["max"] > 0
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
