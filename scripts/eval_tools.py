#!/usr/bin/env python3
"""Detection quality of the tools-list guards on labelled tool definitions.

usage: eval_tools.py INPUT.jsonl SCAN_OUTPUT.jsonl [--misses] [--fps]

INPUT rows carry `attack` ("none" for benign) and, for attacks, `signal` (where the
attack is visible). SCAN_OUTPUT is what `scan_tools` printed for INPUT: one line per
non-blank input line, joined on its `line` member.

Prints recall on poisoned rows whose signal mentions description or schema, recall
on all poisoned rows, the false-positive rate on benign rows, per attack category,
each for "flagged = warn or deny" and "flagged = deny only".
"""
import json
import signal
import sys
from collections import defaultdict


def load(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = {a for a in argv[1:] if a.startswith("--")}
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    inputs = {}
    for n, text in enumerate(load(args[0]), start=1):
        if text.strip():
            inputs[n] = json.loads(text)
    outputs = {}
    errors = 0
    for text in load(args[1]):
        if not text.strip():
            continue
        o = json.loads(text)
        if "error" in o:
            errors += 1
        outputs[o.get("line")] = o

    missing = [n for n in inputs if n not in outputs]
    rows = []
    for n, row in inputs.items():
        out = outputs.get(n, {})
        verdict = out.get("verdict", "error")
        rows.append((n, row, verdict, out))

    def rate(selected, modes):
        total = len(selected)
        if total == 0:
            return "n=0"
        parts = []
        for name, ok in modes:
            hit = sum(1 for r in selected if ok(r[2]))
            parts.append(f"{name} {hit}/{total} = {hit / total:.3f}")
        return "  ".join(parts)

    flagged = [("warn+deny", lambda v: v in ("warn", "deny")), ("deny", lambda v: v == "deny")]

    poisoned = [r for r in rows if r[1].get("attack", "none") != "none"]
    benign = [r for r in rows if r[1].get("attack", "none") == "none"]
    visible = [r for r in poisoned if any(s in r[1].get("signal", "") for s in ("description", "schema"))]

    print(f"rows: {len(rows)}  poisoned: {len(poisoned)}  benign: {len(benign)}  "
          f"scan errors: {errors}  unmatched: {len(missing)}")
    print(f"recall, signal in description/schema: {rate(visible, flagged)}")
    print(f"recall, all poisoned:                 {rate(poisoned, flagged)}")
    print(f"false-positive rate, benign:          {rate(benign, flagged)}")
    # A list-level `suspicious_server` warning marks every tool of a server that
    # offers several blocked tools; in this file poisoned variants share server
    # names with their benign originals, so it is shown apart.
    own = [(n, row, v if any(f.get("code") != "suspicious_server" for f in o.get("findings", [])) else "allow", o)
           for (n, row, v, o) in benign]
    print(f"  tool-level only (no suspicious_server): {rate(own, flagged)}")
    print()
    print("per attack category (recall warn+deny):")
    by_attack = defaultdict(list)
    for r in poisoned:
        by_attack[r[1].get("attack")].append(r)
    for attack in sorted(by_attack):
        sel = by_attack[attack]
        hit = sum(1 for r in sel if r[2] in ("warn", "deny"))
        sig = sorted({r[1].get("signal", "") for r in sel})
        print(f"  {attack:55s} {hit:4d}/{len(sel):<4d} signal={','.join(sig)}")
    print("per benign server (false positives warn+deny):")
    by_server = defaultdict(list)
    for r in benign:
        by_server[r[1].get("server")].append(r)
    for server in sorted(by_server, key=str):
        sel = by_server[server]
        fp = sum(1 for r in sel if r[2] in ("warn", "deny"))
        if fp:
            print(f"  {str(server):40s} {fp}/{len(sel)}")

    def show(r):
        codes = ",".join(f["code"] for f in r[3].get("findings", []))
        desc = (r[1].get("description") or "").replace("\n", " ")[:140]
        print(f"  line {r[0]} {r[1].get('server')}/{r[1].get('name')} [{r[2]}] {codes} :: {desc}")

    if "--misses" in flags:
        print("\nmissed (description/schema signal):")
        for r in visible:
            if r[2] not in ("warn", "deny"):
                show(r)
    if "--fps" in flags:
        print("\nfalse positives:")
        for r in benign:
            if r[2] in ("warn", "deny"):
                show(r)
    return 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv))
