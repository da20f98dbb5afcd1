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
        [PY, "-m", "pytest", "-p", "no:cacheprovider", "--timeout", "300", "-q", "--durations=0", f"--junitxml={junit}", *FAULT_FILES],
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


def fuzz_targets() -> list[str]:
    for line in (ROOT / "Makefile").read_text().splitlines():
        if line.startswith("FUZZ_TARGETS :="):
            return line.split(":=", 1)[1].split()
    raise SystemExit("no FUZZ_TARGETS in the Makefile")


def fuzz(seconds: int) -> list[tuple[str, str, str, bool]]:
    """Each target of `make fuzz` for `seconds` (the regressions are replayed by
    `make fuzz-smoke` in `make test`; `make fuzz` runs them too)."""
    build = subprocess.run(["cargo", "+nightly", "fuzz", "build", "--fuzz-dir", "fuzz"], cwd=ROOT)
    if build.returncode != 0:
        return [("fuzz build", "builds", f"exit {build.returncode}", False)]
    rows = []
    for t in fuzz_targets():
        work = ROOT / "fuzz" / "work" / t
        work.mkdir(parents=True, exist_ok=True)
        d = "sse" if t == "sse_chunks" else "json"
        run = subprocess.run(
            ["cargo", "+nightly", "fuzz", "run", "--fuzz-dir", "fuzz", t, str(work), f"fuzz/corpus/{t}", "--",
             f"-max_total_time={seconds}", "-max_len=4096", f"-dict=fuzz/dict/{d}.dict", "-print_final_stats=1"],
            cwd=ROOT, capture_output=True, text=True,
        )
        execs = [line.split(":")[-1].strip() for line in run.stderr.splitlines()
                 if "stat::number_of_executed_units" in line]
        rows.append((f"fuzz {t} ({seconds} s)", "no crash, no property failure",
                     f"{execs[-1] if execs else '?'} execs, exit {run.returncode}", run.returncode == 0))
        if run.returncode != 0:
            sys.stderr.write(run.stderr[-3000:])
    return rows


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
    for key, v in r.get("tables", {}).items():
        rows.append((f"soak: {key}", "never above its bound (sampled every 10 s)",
                     f"{v['start']:g} -> {v['end']:g}, max {v['max']:g} of {v['bound']:g}, slope {v['slope_per_min']}/min",
                     v["max"] <= v["bound"]))
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
