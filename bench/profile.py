"""Where one bench path spends Envoy's CPU: `perf record` on a front Envoy that
has only that path, while wrk drives it; then the share per binary (Envoy's C++,
the V8-compiled wasm filter, the kernel, libc) and Envoy's CPU per request.

    .venv/bin/python bench/profile.py "warden default" "tools/call"

Envoy's binary is stripped and V8's code has no perf map, so the split is per
binary ("[JIT]" is the wasm filter's compiled code). `--v8` breaks the filter's
own work down by function instead: no Envoy, the path's filter config and the
workload's request and answer run through the filter under node's V8 (the
engine Envoy uses), with `bench/v8_host.mjs` answering its host calls (and
every gRPC call to the sidecar with an allow, at once). For names, build the
module with symbols and pass it:

    CARGO_PROFILE_WASM_STRIP=false CARGO_TARGET_DIR=target/v8 \
        cargo build -p warden-filter --target wasm32-wasip1 --profile wasm
    .venv/bin/python bench/profile.py "warden default" "tools/call" --v8 \
        --wasm target/v8/wasm32-wasip1/wasm/warden_filter.wasm

`--count` without `--v8` counts the front Envoy itself: it runs under
valgrind's callgrind with only that path, is sent the workload's request 200
times to warm up and then 1,000 times between zeroing callgrind's counters and
dumping them, and prints the user-space instructions per request of the whole
process (Envoy's C++, V8, the filter's compiled code). Set beside its CPU per
request, it says whether a path costs more because it executes more or
because what it executes runs slower (needs valgrind; a minute for a path
without the filter, several with it, as V8 compiles the module under valgrind
first). `--sim` adds callgrind's cache and branch-predictor simulation and
prints the modelled misses per request: where instructions run slower, a
first hint at why, on a VM without hardware counters.

`--v8 --count` compares builds where timings cannot: the same exchanges run
under valgrind's callgrind, with V8 made deterministic (one thread, no Liftoff
tier), and the instructions per exchange are printed for the filter and for
`bench/floor`'s module in the same harness (what the harness and the
proxy-wasm calls cost): their difference is the filter's own work, repeatable
to about 2% on a busy machine (needs valgrind; slow: a few minutes).

`--v8 --count --by-function` also splits the filter's instructions by the
function that executed them (a build with symbols, as for `--v8`): V8 compiles
the whole module up front and writes its perf map (`--perf-basic-prof`), and
callgrind's per-instruction counts are summed over each function's code range.
Functions are found by address, not by callgrind's function names: a wasm call
enters through V8's jump table and callgrind files the whole callee under that
entry.
"""

from __future__ import annotations

import argparse
import bisect
import http.client
import subprocess
import tempfile
from pathlib import Path

import bench as B


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", choices=[p.name for p in B.PATHS])
    ap.add_argument("workload", choices=list(B.WORKLOADS))
    ap.add_argument("--seconds", type=int, default=8)
    ap.add_argument("--v8", action="store_true",
                    help="the filter alone under node's V8, by function (a sidecar path's calls get an allow)")
    ap.add_argument("--wasm", type=Path, default=B.S.WASM, help="filter module for --v8 and --count")
    ap.add_argument("--requests", type=int, default=20000, help="exchanges for --v8")
    ap.add_argument("--count", action="store_true",
                    help="instructions per request under callgrind: the front Envoy's; with --v8, "
                         "the filter's against the floor module")
    ap.add_argument("--sim", action="store_true",
                    help="with --count (not --v8): callgrind also simulates the caches and branch "
                         "predictors, and the misses per request are printed beside the instructions")
    ap.add_argument("--by-function", action="store_true",
                    help="with --v8 --count: the filter's instructions per exchange by function")
    args = ap.parse_args()
    if args.sim and (args.v8 or not args.count):
        ap.error("--sim goes with --count, without --v8")
    if args.by_function and not (args.v8 and args.count):
        ap.error("--by-function goes with --v8 --count")
    if args.v8:
        v8_profile(args)
        return
    if args.count:
        envoy_count(args)
        return

    work = Path(tempfile.mkdtemp(prefix="warden-profile-"))
    st = B.S.Stack(work)
    try:
        _, _, up = B.start_envoy(st, "upstream", B.upstream_config(), 1)
        p = next(x for x in B.PATHS if x.name == args.path)
        sidecars = start_sidecars(st, p, work)
        front, _, ports = B.start_envoy(st, "front", B.front_config([p], up["upstream"], sidecars), 1)
        port = ports["path0"]
        B.check_path(p, port)
        scripts = B.lua_scripts(work)
        url_path = B.WORKLOADS[args.workload][0]
        B.wrk(port, url_path, scripts[args.workload], 2, 16)  # warm up: V8 tiers the wasm up
        data = work / "perf.data"
        perf = subprocess.Popen(
            ["perf", "record", "-F", "999", "-o", str(data), "-p", str(front.popen.pid),
             "--", "sleep", str(args.seconds)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cpu = B.cpu_seconds(front.popen.pid)
        r = B.wrk(port, url_path, scripts[args.workload], args.seconds, 16)
        cpu_us = (B.cpu_seconds(front.popen.pid) - cpu) * 1e6 / max(r["total"], 1)
        perf.wait(timeout=args.seconds + 30)
        report = subprocess.run(
            ["perf", "report", "-i", str(data), "--no-children", "--sort", "dso", "--stdio"],
            capture_output=True, text=True, check=True).stdout
        print(f"{args.path} / {args.workload}: {r['rps']:.0f} req/s, Envoy CPU {cpu_us:.1f} us/request, "
              f"errors {r['errors']}")
        for line in report.splitlines():
            if line.strip() and not line.startswith("#"):
                print("  " + line.strip())
    finally:
        st.stop_all()


def start_sidecars(st, p, work: Path) -> dict:
    sidecars = {}
    for s in p.sidecars:
        cfg = B.SIDECARS[s](work) if callable(B.SIDECARS[s]) else B.SIDECARS[s]
        sidecars[s] = st.sidecar(cfg, profile="release")[1]
    return sidecars


# Requests to the front Envoy under callgrind: the first warm it up (V8
# compiles the module, the caches fill) and are not counted; callgrind's
# counters are zeroed (its `zero` monitor command, through vgdb) before the
# counted ones and dumped after them, so start-up, compilation and shutdown
# stay out (two whole runs of different lengths let them in unevenly: their
# difference came out negative once). What runs by the clock in the window
# (Envoy's stats flush every 5 s, many requests' time under valgrind) stays
# in; on the floor path the count agreed with such a difference to 0.3%.
ENVOY_WARMUP, ENVOY_COUNTED = 200, 1000


def envoy_count(args) -> None:
    p = next(x for x in B.PATHS if x.name == args.path)
    B.S.WASM = args.wasm.resolve()
    events = envoy_events(p, args.workload, args.sim)
    per = {name: total / ENVOY_COUNTED for name, total in events.items()}
    print(f"{args.path} / {args.workload}: {per['Ir']:,.0f} instructions per request in the front Envoy "
          "(callgrind, user space)")
    if args.sim:
        # Callgrind's model of this host's caches (first level and last level) and
        # of a simple branch predictor: no hardware counters on this VM.
        print("  per request: " + ", ".join(f"{SIM_EVENTS[n]} {per[n]:,.0f}" for n in SIM_EVENTS if n in per))


SIM_EVENTS = {
    "I1mr": "L1 instruction misses", "ILmr": "last-level instruction misses",
    "D1mr": "L1 data read misses", "D1mw": "L1 data write misses",
    "DLmr": "last-level data read misses", "DLmw": "last-level data write misses",
    "Bc": "conditional branches", "Bcm": "mispredicted", "Bi": "indirect branches", "Bim": "mispredicted indirect",
}


def envoy_events(p, workload: str, sim: bool) -> dict[str, int]:
    """The front Envoy's callgrind totals (instructions, and with `sim` cache and
    branch misses) over `ENVOY_COUNTED` requests of `workload`."""
    work = Path(tempfile.mkdtemp(prefix="warden-count-"))
    st = B.S.Stack(work)
    try:
        _, _, up = B.start_envoy(st, "upstream", B.upstream_config(), 1)
        callgrind = ["valgrind", "--tool=callgrind", "--smc-check=all-non-file",
                     f"--callgrind-out-file={work / 'callgrind.out'}"]
        if sim:
            callgrind += ["--cache-sim=yes", "--branch-sim=yes"]
        # V8 compiles the module under valgrind first: minutes, more on a busy machine.
        front, _, ports = B.start_envoy(st, "front", B.front_config([p], up["upstream"], start_sidecars(st, p, work)),
                                        1, under=callgrind, timeout=900)
        port = ports["path0"]
        url_path, body = B.WORKLOADS[workload]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

        def send(n: int) -> None:
            for _ in range(n):
                conn.request("POST", url_path, body, {"content-type": "application/json",
                                                      "accept": "application/json, text/event-stream"})
                reply = conn.getresponse()
                answer = reply.read()
                if reply.status != 200 or b'"result"' not in answer:
                    raise SystemExit(f"{p.name}: {reply.status} {answer[:200]!r}")

        def monitor(command: str) -> None:
            subprocess.run(["vgdb", f"--pid={front.popen.pid}", command],
                           check=True, capture_output=True, timeout=120)

        send(ENVOY_WARMUP)
        monitor("zero")
        send(ENVOY_COUNTED)
        monitor("dump")
        conn.close()
        dumps = sorted(work.glob("callgrind.out.*"))
        if not dumps:
            raise SystemExit(f"callgrind wrote no dump in {work}")
        return callgrind_events(dumps[-1])
    finally:
        st.stop_all()


def v8_profile(args) -> None:
    p = next(x for x in B.PATHS if x.name == args.path)
    if not B.uses_warden(p):
        raise SystemExit(f"--v8 runs the filter alone: {args.path!r} has no Warden filter")
    filt = next(f for f in p.filters() if f["name"] == "warden")
    answers = {B.CALL_REQUEST: B.CALL_RESULT, B.LIST_REQUEST: B.tools_list_result()}
    request = B.WORKLOADS[args.workload][1]
    work = Path(tempfile.mkdtemp(prefix="warden-v8-"))
    files = {"config.json": filt["typed_config"]["config"]["configuration"]["value"],
             "request.json": request, "response.json": answers[request]}
    for name, text in files.items():
        (work / name).write_text(text)
    inputs = [str(work / n) for n in files]
    if args.count:
        count_instructions(args, inputs, work)
        return
    print(f"{args.path} / {args.workload}, the filter alone under node's V8:", flush=True)
    subprocess.run(["node", "--no-warnings", str(HARNESS), str(args.wasm), *inputs,
                    "--requests", str(args.requests), "--profile", "25"], check=True)


HARNESS = B.ROOT / "bench" / "v8_host.mjs"
# Two runs that differ only in the number of timed exchanges: their difference
# is the cost of that many exchanges, without node's start-up and compilation.
COUNT_RUNS = (1000, 6000)


def count_instructions(args, inputs: list[str], work: Path) -> None:
    if not B.FLOOR.exists():
        raise SystemExit(f"{B.FLOOR} is missing: run `make bench-floor`")

    def per_exchange(module: Path) -> float:
        totals = []
        for n in COUNT_RUNS:
            out = work / f"callgrind.{module.stem}.{n}"
            subprocess.run(["valgrind", "--tool=callgrind", "--smc-check=all-non-file",
                            f"--callgrind-out-file={out}",
                            "node", "--no-warnings", "--single-threaded", "--no-liftoff",
                            str(HARNESS), str(module), *inputs, "--requests", str(n)],
                           check=True, capture_output=True)
            totals.append(callgrind_total(out))
        return (totals[1] - totals[0]) / (COUNT_RUNS[1] - COUNT_RUNS[0])

    print(f"{args.path} / {args.workload}: instructions per exchange under node's V8 (callgrind)",
          flush=True)
    filt, floor = per_exchange(args.wasm), per_exchange(B.FLOOR)
    print(f"  filter {filt:,.0f}, floor module {floor:,.0f}, filter's own work {filt - floor:,.0f}")
    if args.by_function:
        by_function(args.wasm, inputs, work)


def by_function(module: Path, inputs: list[str], work: Path, top: int = 40) -> None:
    """The module's instructions per exchange by wasm function (see the module
    docstring): two eagerly compiled runs, told apart by their length."""
    totals = []
    for n in COUNT_RUNS:
        out = work / f"callgrind.fn.{n}"
        run = subprocess.run(["valgrind", "--tool=callgrind", "--smc-check=all-non-file",
                              "--dump-instr=yes", "--compress-pos=no", "--compress-strings=no",
                              f"--callgrind-out-file={out}",
                              "node", "--no-warnings", "--no-liftoff", "--no-wasm-lazy-compilation",
                              "--no-wasm-dynamic-tiering", "--perf-basic-prof",
                              str(HARNESS), str(module.resolve()), *inputs, "--requests", str(n)],
                             capture_output=True, cwd=work)  # V8's isolate logs land in `work`
        perf_map = Path(f"/tmp/perf-{callgrind_pid(out)}.map")
        if run.returncode != 0 or not perf_map.exists():
            raise SystemExit(f"the by-function run failed: {run.stderr.decode()[-500:]}")
        totals.append(wasm_costs(out, perf_map))
        perf_map.unlink()
    runs = COUNT_RUNS[1] - COUNT_RUNS[0]
    diff = {f: (totals[1].get(f, 0) - totals[0].get(f, 0)) / runs for f in totals[1]}
    print(f"  the filter's functions, instructions per exchange ({sum(diff.values()):,.0f} in all):")
    for name, cost in sorted(diff.items(), key=lambda x: -x[1])[:top]:
        print(f"  {cost:9,.0f}  {name[:110]}")


def callgrind_pid(path: Path) -> int:
    with path.open() as f:
        for line in f:
            if line.startswith("pid:"):
                return int(line.split()[1])
    raise SystemExit(f"no pid in {path}")


def wasm_costs(callgrind_out: Path, perf_map: Path) -> dict[str, int]:
    """Instructions executed in each wasm function's code (V8 names them
    `JS:<symbol>-<index>-turbofan`), from a `--dump-instr=yes` callgrind file."""
    spans = []
    for line in perf_map.read_text().splitlines():
        start, size, name = line.split(" ", 2)
        if name.endswith("-turbofan") and not name.startswith(("JS:wasm-to-js", "JS:js-to-wasm")):
            spans.append((int(start, 16), int(size, 16), rust_name(name)))
    spans.sort()
    starts = [s[0] for s in spans]
    costs: dict[str, int] = {}
    after_call = False
    with callgrind_out.open() as f:
        for line in f:
            if line.startswith("calls="):
                after_call = True  # the next line holds the call's inclusive cost
            elif line.startswith("0x"):
                if after_call:
                    after_call = False
                    continue
                addr, _, cost = line.split()[:3]
                at = int(addr, 16)
                i = bisect.bisect_right(starts, at) - 1
                if i >= 0 and at < spans[i][0] + spans[i][1]:
                    costs[spans[i][2]] = costs.get(spans[i][2], 0) + int(cost)
    return costs


def rust_name(v8_name: str) -> str:
    """`JS:_ZN4core3str8converts9from_utf8...E-42-turbofan` -> `core::str::converts::from_utf8`
    (legacy mangling; v0 symbols are left as they are)."""
    name = v8_name.removeprefix("JS:").rsplit("-", 2)[0]
    if not (name.startswith("_ZN") and name.endswith("E")):
        return name
    body, parts, i = name[3:-1], [], 0
    while i < len(body) and body[i].isdigit():
        j = i
        while body[j].isdigit():
            j += 1
        n = int(body[i:j])
        parts.append(body[j:j + n])
        i = j + n
    if parts and parts[-1].startswith("h") and len(parts[-1]) == 17:
        parts.pop()  # the hash
    text = "::".join(parts)
    for code, char in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("$C$", ","),
                       ("$u7b$", "{"), ("$u7d$", "}"), ("..", "::")):
        text = text.replace(code, char)
    return text


def callgrind_total(path: Path) -> int:
    """The instruction total of a callgrind output file."""
    return callgrind_events(path)["Ir"]


def callgrind_events(path: Path) -> dict[str, int]:
    """Each event's total in a callgrind output file (its `events:` and
    `summary:` lines)."""
    names = None
    for line in path.read_text().splitlines():
        if line.startswith("events:"):
            names = line.split()[1:]
        elif line.startswith(("summary:", "totals:")) and names:
            return dict(zip(names, map(int, line.split()[1:])))
    raise SystemExit(f"no event totals in {path}")


if __name__ == "__main__":
    main()
