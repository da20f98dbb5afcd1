#!/usr/bin/env python3
"""Argument-threat recall and false positives per source.

usage: eval_args_by_source.py LABELLED.jsonl SCAN.jsonl [LABELLED2.jsonl SCAN2.jsonl ...]

Counts a row as flagged when it has an `argument_threats` finding. Headline recall
leaves out `context_dependent` rows (text only malicious inside third-party
content); they are reported apart. The rules have no fitted part; the learned
prompt-injection model was fitted on these sources, so for it these are dev-set
figures (scripts/train_arguments.py holds each source out).
"""
import json
import sys
from collections import defaultdict


def repo(row):
    s = row["source"].split(" + ")[0].split("@")[0]
    return "/".join(s.split("/")[:2])


def main(argv):
    pairs = argv[1:]
    if not pairs or len(pairs) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    by = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # att hit, att n, ctx hit, ctx n, fp, ben n
    for lab, scan in zip(pairs[::2], pairs[1::2]):
        rows = [json.loads(x) for x in open(lab, encoding="utf-8") if x.strip()]
        outs = [json.loads(x) for x in open(scan, encoding="utf-8") if x.strip()]
        assert len(rows) == len(outs), f"{lab}: {len(rows)} rows, {len(outs)} scan lines"
        for r, o in zip(rows, outs):
            hit = any(f.get("guard") == "argument_threats" for f in o.get("findings", []))
            for key in (repo(r), "POOLED"):
                b = by[key]
                if r["label"] == "attack" and r.get("context_dependent"):
                    b[2] += hit; b[3] += 1
                elif r["label"] == "attack":
                    b[0] += hit; b[1] += 1
                else:
                    b[4] += hit; b[5] += 1
    f = lambda k, n: f"{k / n:.3f} ({k}/{n})" if n else "n/a"
    print(f"  {'source':32s} {'recall':18s} {'recall ctx-dependent':22s} benign FP")
    for key in sorted(by, key=lambda k: (k == "POOLED", k)):
        b = by[key]
        print(f"  {key:32s} {f(b[0], b[1]):18s} {f(b[2], b[3]):22s} {f(b[4], b[5])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
