#!/usr/bin/env python3
"""Score Warden's offline text scan against the labelled eval sets.

Inputs are the labelled files and the scanner's output for each (one output
line per input line, as written by `core/examples/scan_text.rs` or
`warden scan text`). With --run the scanner is built and run first.

    python3 scripts/eval_text.py --run
    python3 scripts/eval_text.py --pii-scan pii.out.jsonl --injection-scan inj.out.jsonl -v

Metrics
- structured PII (EMAIL_ADDRESS, CREDIT_CARD, IBAN_CODE, US_SSN, PHONE_NUMBER,
  IP_ADDRESS): recall and precision; a prediction matches a labelled span of
  the same type when the character spans overlap.
- secrets: recall (a labelled `secret:*` span overlapped by any `secret:*`
  finding; rule names are ours, so the type is not compared), and the share
  of `fp: true` lookalike rows that get any `secret:*` finding.
- argument attacks: recall on attack rows and false-positive rate on benign
  rows, counting only `argument_threats` findings. Headline recall excludes
  `context_dependent` rows (text that is only malicious inside third-party
  content, e.g. "What is the capital of Brazil?"); they are reported apart.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

STRUCTURED = ["EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PHONE_NUMBER", "IP_ADDRESS"]
ROOT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.environ.get("EVAL_DIR", os.path.join(os.path.dirname(ROOT_DIR), "shared", "eval"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlap(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def run_scanner(inp, out):
    env = dict(os.environ)
    cmd = ["cargo", "run", "-q", "--release", "-p", "warden-core", "--example", "scan_text", "--", inp]
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run(cmd, cwd=ROOT, stdout=f, check=True, env=env)


def pct(n, d):
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a (0/0)"


def eval_pii(rows, scans, verbose):
    assert len(rows) == len(scans), f"{len(rows)} labelled rows but {len(scans)} scan lines"
    errors = sum(1 for s in scans if "error" in s)
    gold_n = collections.Counter()
    gold_hit = collections.Counter()
    pred_n = collections.Counter()
    pred_hit = collections.Counter()
    sec_n = sec_hit = 0
    fp_rows = fp_flagged = fp_any = 0
    positives = {r["text"] for r in rows if any(s["type"].startswith("secret:") for s in r.get("spans", []))}
    fp_contra = fp_contra_flagged = 0
    fp_by_rule = collections.Counter()
    misses, false_pos, sec_misses, fp_hits = [], [], [], []
    for r, s in zip(rows, scans):
        preds = [f for f in s.get("findings", []) if f.get("guard") == "dlp"]
        gold = r.get("spans", [])
        for g in gold:
            t = g["type"]
            if t in STRUCTURED:
                gold_n[t] += 1
                if any(p["type"] == t and overlap(p, g) for p in preds):
                    gold_hit[t] += 1
                else:
                    misses.append((t, r["text"][g["start"]:g["end"]], r["text"]))
            elif t.startswith("secret:"):
                sec_n += 1
                if any(p["type"].startswith("secret:") and overlap(p, g) for p in preds):
                    sec_hit += 1
                else:
                    sec_misses.append((t, r["text"]))
        for p in preds:
            t = p["type"]
            if t in STRUCTURED:
                pred_n[t] += 1
                if any(g["type"] == t and overlap(p, g) for g in gold):
                    pred_hit[t] += 1
                else:
                    false_pos.append((t, r["text"][p["start"]:p["end"]], r["text"]))
        if r.get("fp"):
            fp_rows += 1
            flagged = any(p["type"].startswith("secret:") for p in preds)
            fp_flagged += flagged
            for t in {p["type"] for p in preds if p["type"].startswith("secret:")}:
                fp_by_rule[t] += 1
            fp_any += bool(preds)
            if r["text"] in positives:
                fp_contra += 1
                fp_contra_flagged += flagged
            elif flagged:
                fp_hits.append((r.get("fp_rule"), [p["type"] for p in preds], r["text"]))
    print("== structured PII (span overlap, type-aware)")
    if errors:
        print(f"   scan errors: {errors}")
    print(f"   {'type':<14} {'recall':<22} precision")
    for t in STRUCTURED:
        print(f"   {t:<14} {pct(gold_hit[t], gold_n[t]):<22} {pct(pred_hit[t], pred_n[t])}")
    gr, gn = sum(gold_hit.values()), sum(gold_n.values())
    pr, pn = sum(pred_hit.values()), sum(pred_n.values())
    print(f"   {'ALL':<14} {pct(gr, gn):<22} {pct(pr, pn)}")
    print("== secrets")
    print(f"   recall (any secret finding overlaps the labelled span): {pct(sec_hit, sec_n)}")
    print(f"   fp lookalike rows with a secret finding: {pct(fp_flagged, fp_rows)}")
    print(f"     excluding {fp_contra} fp rows whose exact text is also a labelled positive: "
          f"{pct(fp_flagged - fp_contra_flagged, fp_rows - fp_contra)}")
    print(f"   fp lookalike rows with any dlp finding: {pct(fp_any, fp_rows)}")
    if fp_by_rule:
        print("     by our rule: " + ", ".join(f"{k} {v}" for k, v in fp_by_rule.most_common()))
    if verbose:
        for name, items in [("PII misses", misses), ("PII false positives", false_pos),
                            ("secret misses", sec_misses), ("fp rows flagged", fp_hits)]:
            print(f"-- {name}: {len(items)}")
            for it in items[:200]:
                print("   ", repr(it)[:300])


def eval_injection(rows, scans, verbose):
    assert len(rows) == len(scans), f"{len(rows)} labelled rows but {len(scans)} scan lines"
    by = collections.defaultdict(lambda: [0, 0])
    att = [0, 0]
    att_all = [0, 0]
    ctx = [0, 0]
    ben = [0, 0]
    missed, fps = [], []
    for r, s in zip(rows, scans):
        flagged = any(f.get("guard") == "argument_threats" for f in s.get("findings", []))
        kind = r.get("kind", "?").split(":")[0]
        if r["label"] == "attack":
            att_all[0] += flagged
            att_all[1] += 1
            if r.get("context_dependent"):
                ctx[0] += flagged
                ctx[1] += 1
            else:
                att[0] += flagged
                att[1] += 1
                if not flagged:
                    missed.append((r["kind"], r["text"][-200:]))
            by[kind][0] += flagged
            by[kind][1] += 1
        else:
            ben[0] += flagged
            ben[1] += 1
            by["benign/" + kind][0] += flagged
            by["benign/" + kind][1] += 1
            if flagged:
                sig = [(f["code"], f["type"], f.get("score")) for f in s["findings"] if f.get("guard") == "argument_threats"]
                fps.append((r["kind"], sig, r["text"][:200]))
    print("== argument attacks (argument_threats findings only)")
    print(f"   recall, attacks excluding context_dependent: {pct(*att)}")
    print(f"   recall, context_dependent attacks:           {pct(*ctx)}")
    print(f"   recall, all attacks:                         {pct(*att_all)}")
    print(f"   benign false-positive rate:                  {pct(*ben)}")
    for k in sorted(by):
        print(f"     {k:<34} flagged {pct(*by[k])}")
    if verbose:
        for name, items in [("missed attacks", missed), ("benign flagged", fps)]:
            print(f"-- {name}: {len(items)}")
            for it in items[:200]:
                print("   ", repr(it)[:400])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pii", default=f"{EVAL}/pii_texts.jsonl")
    ap.add_argument("--injection", default=f"{EVAL}/injection_args.jsonl")
    ap.add_argument("--pii-scan", default="/tmp/warden_pii.out.jsonl")
    ap.add_argument("--injection-scan", default="/tmp/warden_injection.out.jsonl")
    ap.add_argument("--run", action="store_true", help="build and run core/examples/scan_text.rs first")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    a = ap.parse_args()
    if a.run:
        run_scanner(a.pii, a.pii_scan)
        run_scanner(a.injection, a.injection_scan)
    eval_pii(load(a.pii), load(a.pii_scan), a.verbose)
    eval_injection(load(a.injection), load(a.injection_scan), a.verbose)


if __name__ == "__main__":
    sys.exit(main())
