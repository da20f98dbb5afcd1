"""`make reliability`: the fault tests, a short fuzz pass and the soak, then one
summary table (case, expected, observed, pass/fail). Exit status 1 when any
row fails.

    python scripts/reliability.py [--soak-minutes 2] [--fuzz-seconds 10] [--skip-fuzz]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
FAULT_FILES = ["test_faults.py", "test_faults_state.py", "test_faults_envoy.py"]


def faults(tmp: Path) -> list[tuple[str, str, str, bool]]:
    log, junit = tmp / "faults.jsonl", tmp / "faults.xml"
    subprocess.run(
        [PY, "-m", "pytest", "-p", "no:cacheprovider", "--timeout", "300", "-q", f"--junitxml={junit}", *FAULT_FILES],
        cwd=ROOT / "tests" / "e2e", env={**os.environ, "WARDEN_RELIABILITY_LOG": str(log)},
    )
    rows = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    out = [(r["case"], r["expected"], r["observed"], True) for r in rows]
    for case in ET.parse(junit).getroot().iter("testcase"):
        failure = case.find("failure")
        if failure is None:
            failure = case.find("error")
        if failure is not None:
            msg = (failure.get("message") or "").splitlines()[0][:160]
            out.append((case.get("name"), "test passes", msg, False))
    return out


def fuzz(seconds: int) -> list[tuple[str, str, str, bool]]:
    started = time.monotonic()
    run = subprocess.run(["make", "--no-print-directory", "fuzz", f"FUZZ_SECONDS={seconds}"], cwd=ROOT,
                         capture_output=True, text=True)
    took = time.monotonic() - started
    sys.stdout.write(run.stdout[-3000:])
    sys.stderr.write(run.stderr[-3000:])
    targets = [line.split()[2] for line in run.stdout.splitlines() if line.startswith("== fuzz ")]
    runs = [line.split("stat::number_of_executed_units:")[1].strip()
            for line in (run.stdout + run.stderr).splitlines() if "stat::number_of_executed_units:" in line]
    observed = f"{len(targets)} targets x {seconds}s, {sum(int(r) for r in runs)} execs, " \
               f"exit {run.returncode} ({took:.0f}s)"
    return [(f"fuzz ({', '.join(targets)})", "no crash, no property failure; regressions hold", observed,
             run.returncode == 0)]


def soak(minutes: float, tmp: Path) -> list[tuple[str, str, str, bool]]:
    out = tmp / "soak.json"
    run = subprocess.run([PY, "tests/soak/soak.py", "--seconds", str(int(minutes * 60)), "--json", str(out)],
                         cwd=ROOT)
    if not out.exists():
        return [(f"soak {minutes:g} min", "completes", f"exit {run.returncode}, no result", False)]
    r = json.loads(out.read_text())
    ok = run.returncode == 0
    rows = [
        (f"soak {minutes:g} min: traffic", "0 unexpected outcomes; every mix label seen",
         f"{r['calls']} calls at {r['rate_per_s']}/s, mix {r['mix']}, {r['unexpected']} unexpected",
         r["unexpected"] == 0),
        ("soak: audit", "verifies; one record per tools/call",
         f"verify {r['audit_verify']}; {r['audit_call_records']} records for {r['calls']} calls",
         r["audit_verify"] == "OK" and r["audit_call_records"] == r["calls"]),
    ]
    for key, v in r["resources"].items():
        unit = "KiB" if key.endswith("rss_kib") else "fds"
        rows.append((f"soak: {key}", "sampled every 10 s; reported (start, end, slope)",
                     f"{v['start']} -> {v['end']} {unit}, slope {v['slope_per_min']} {unit}/min", True))
    rows.append(("soak: exit", "0", str(run.returncode), ok))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--soak-minutes", type=float, default=float(os.environ.get("SOAK_MINUTES", "2")))
    ap.add_argument("--fuzz-seconds", type=int, default=int(os.environ.get("RELIABILITY_FUZZ_SECONDS", "10")))
    ap.add_argument("--skip-fuzz", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="warden-reliability-"))
    rows = faults(tmp)
    if not args.skip_fuzz:
        rows += fuzz(args.fuzz_seconds)
    rows += soak(args.soak_minutes, tmp)
    print("\n| case | expected | observed | result |\n| --- | --- | --- | --- |")
    for case, expected, observed, ok in rows:
        cell = lambda s: str(s).replace("|", "/")  # noqa: E731
        print(f"| {cell(case)} | {cell(expected)} | {cell(observed)} | {'pass' if ok else 'FAIL'} |")
    failed = [r for r in rows if not r[3]]
    print(f"\n{len(rows) - len(failed)} of {len(rows)} rows pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
