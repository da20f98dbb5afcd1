#!/usr/bin/env python3
"""Train, and evaluate leave-one-source-out, the learned prompt-injection model
of the argument guard.

    .venv/bin/python scripts/train_arguments.py             # evaluate + write core/models/argument_injection.json
    .venv/bin/python scripts/train_arguments.py --eval-only # evaluate, write nothing

Data: ../shared/eval/injection_args.jsonl (attacks and benign values), the
project's own argument cases (scripts/data/argument_cases.jsonl), as benign
text only ../shared/eval/pii_texts.jsonl (prose and code lines with personal
data or keys in them, no instructions), and the project's synthetic text
(scripts/data/argument_synth.jsonl, composed by make_argument_synth.py: content
that turns to its machine reader, against the same content with the same
orders given to people). The synthetic text is training data only: it is
never held out or scored. Nothing else: no other public MCP-security data.

Features come from the Rust core (`--example arg_features`): per word, hashed
buckets of the word, the pair it closes, its word classes and, after a word that
can name the model in its sentence or the one before, the word as said to it; the guard scores
windows of 32 words (every 16) and keeps the highest. A window's input is the
count of each bucket over its words divided by the square root of its length.
Which window of an attack holds the injection is not labelled, so training is
multiple-instance: every window of a benign text is a negative; the first fit
takes every window of an attack as positive, the next ones only the window the
model before scored highest. L2 logistic regression (the poisoning trainer's
deterministic fit), weights quantised to signed bytes, scored with them.

Positives are the attacks the model is for: text. Attacks the rules report as
another kind only (shell, SQL, paths, SSRF) and attacks that are malicious only
in context (BIPIA's `context_dependent`) are left out of training; the latter
are reported apart, as eval_args_by_source.py does.

Leave-one-source-out: for each source repository, the model and its flag point
are fitted without it and scored on it. The flag point is the lowest probability
at which the model alone flags at most MODEL_FP of the benign texts of each
training source, measured out of source (an inner leave-one-source-out) and
in sample, and never below FLAG_FLOOR. The guard flags a value when the rules do or the model
does (its signal starts at the report point, 0.5). Reported per source and
pooled: rules alone, model alone, guard.
"""
import argparse
import base64
import json
import os
import sys

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_poisoning as tp  # noqa: E402  (the shared fit, feature runner and model writer)

ROOT, EVAL = tp.ROOT, tp.EVAL
OWN = os.path.join(ROOT, "scripts", "data", "argument_cases.jsonl")
SYNTH = os.path.join(ROOT, "scripts", "data", "argument_synth.jsonl")
MODEL = os.path.join(ROOT, "core", "models", "argument_injection.json")
FEATURES_BIN = os.environ.get("ARG_FEATURES", os.path.join(ROOT, "target", "release", "examples", "arg_features"))

DIMS = 1 << 14  # learned::DIMS
WINDOW, STRIDE, MIN_WORDS = 32, 16, 8  # learned::WINDOW, STRIDE, MIN_WORDS
MIL_ROUNDS = int(os.environ.get("MIL_ROUNDS", "2"))
MODEL_FP = float(os.environ.get("MODEL_FP", "0.005"))
# A fixed prior, not fitted: the model never flags a text on its own below
# p = 0.85. Chosen after leave-one-source-out showed that, with BIPIA held out,
# the training sources' short benign texts let the point fall to 0.74, where
# long e-mails and code answers (many windows, one maximum) were flagged at 2%.
FLAG_FLOOR = float(os.environ.get("FLAG_FLOOR", "0.85"))
REPORT = 0.5  # the guard's default minScore
tp.L2 = float(os.environ.get("L2", "1e-4"))
tp.ITERS = int(os.environ.get("ITERS", "300"))


def load():
    files = [os.path.join(EVAL, "injection_args.jsonl"), OWN, os.path.join(EVAL, "pii_texts.jsonl")]
    rows = []
    for path in files:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if path.endswith("pii_texts.jsonl"):
                    r = {"text": r["text"], "label": "benign", "source": r["source"]}
                rows.append(r)
    files.append(SYNTH)
    for line in open(SYNTH, encoding="utf-8"):
        if line.strip():
            rows.append({**json.loads(line), "_extra": "(synthetic)"})
    return files, rows


def features(rows):
    return tp.run_example(FEATURES_BIN, "arg_features",
                          [{"text": r["text"], **({"field": r["field"]} if r.get("field") else {})} for r in rows])


class Windows:
    """Every window of every row as one sparse matrix, and which row each is of."""

    def __init__(self, lines):
        r, c, v, owner = [], [], [], []
        k = 0
        for i, o in enumerate(lines):
            for s, e in o["windows"]:
                scale = 1.0 / np.sqrt(e - s)
                for word in o["x"][s:e]:
                    for b in word:
                        r.append(k); c.append(b); v.append(scale)
                owner.append(i)
                k += 1
        self.X = tp.Sparse(np.array(r, dtype=np.int64), np.array(c, dtype=np.int64), np.array(v), k, DIMS)
        self.owner = np.array(owner, dtype=np.int64)
        self.n_rows = len(lines)

    def row_max(self, p_windows):
        out = np.zeros(self.n_rows)
        np.maximum.at(out, self.owner, p_windows)
        return out


def quantise(w, b):
    scale = max(float(np.abs(w).max()), 1e-9) / 127.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, float(b), scale


def predict_q(model, W, sel=None):
    """Window probabilities as the guard computes them: integer sums of the
    quantised weights, then the scale and the length normalisation."""
    q, b, scale = model
    X = W.X if sel is None else W.X[sel]
    z = b + scale * X.dot(q.astype(np.float64))
    return 1 / (1 + np.exp(-z))


def fit_mil(W, y, train_rows):
    """Multiple-instance fit on the windows of `train_rows` (a bool mask over rows)."""
    win_rows = train_rows[W.owner]
    idx = np.where(win_rows)[0]
    owner = W.owner[idx]
    label = y[owner]
    keep = np.ones(len(idx), dtype=bool)
    model = None
    for _ in range(MIL_ROUNDS + 1):
        sel = idx[keep]
        yy = label[keep]
        # Rows weigh the same whatever their number of windows.
        counts = np.bincount(owner[keep], minlength=W.n_rows)
        w, b = tp.fit(W.X[sel], yy, sample_weight=1.0 / counts[owner[keep]])
        model = quantise(w, b)
        # Next round: each attack keeps the window the model scores highest.
        p = predict_q(model, W, idx)
        keep = label == 0
        best = {}
        for j, (o, pj) in enumerate(zip(owner, p)):
            if label[j] == 1 and (o not in best or pj > p[best[o]]):
                best[o] = j
        keep[list(best.values())] = True
    return model


def row_scores(model, W):
    return W.row_max(predict_q(model, W))


def lowest_flag_point(p_rows, benign, budget):
    allowed = int(np.floor(budget * benign.sum()))
    vals = np.sort(p_rows[benign])[::-1]
    # Flag at or above t: at most `allowed` benign rows reach it.
    t = vals[allowed] + 1e-6 if allowed < len(vals) else 0.0
    return float(min(max(t, FLAG_FLOOR), 0.999))


def flag_point(W, y, groups, train_rows, readable, synthetic, in_sample):
    """The flag point for a model fitted on `train_rows`, whose scores there
    are `in_sample`: the higher of the out-of-source point (inner
    leave-one-source-out) and the in-sample one. A source whose attacks are
    built from its own benign texts (BIPIA's e-mails with an injection
    appended) teaches the fitted model that text's vocabulary; the in-sample
    point keeps that model within budget on it too."""
    oof = np.zeros(len(y))
    for g in sorted(set(groups[train_rows & ~synthetic])):
        te = train_rows & (groups == g)
        tr = train_rows & (groups != g)
        if y[tr & readable].min() == y[tr & readable].max():
            continue
        m = fit_mil(W, y, tr & readable)
        oof[te] = row_scores(m, W)[te]
    # Every source within the budget on its own: easy benign text (short
    # sentences, code lines) must not buy room for a source of hard text.
    sources = sorted(set(groups[train_rows & ~synthetic]))
    benign = [train_rows & readable & (y == 0) & ~synthetic & (groups == g) for g in sources]
    return max(max(lowest_flag_point(oof, b, MODEL_FP), lowest_flag_point(in_sample, b, MODEL_FP)) for b in benign)


def fmt(k, n):
    return f"{k / n:.3f} ({k}/{n})" if n else "n/a"


def report(title, flagged, y, ctx, groups):
    print(title)
    print(f"  {'held-out source':32s} {'recall':18s} {'ctx-dependent':18s} benign flagged")
    scored = ~np.array([g.startswith("(") for g in groups])
    keys = sorted(set(groups[scored])) + ["POOLED"]
    for g in keys:
        m = scored if g == "POOLED" else groups == g
        a = m & (y == 1) & ~ctx
        c = m & (y == 1) & ctx
        b = m & (y == 0)
        print(f"  {g:32s} {fmt(int(flagged[a].sum()), int(a.sum())):18s} "
              f"{fmt(int(flagged[c].sum()), int(c.sum())):18s} {fmt(int(flagged[b].sum()), int(b.sum()))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-only", action="store_true", help="evaluate; do not write the model")
    ap.add_argument("--score", metavar="JSONL", help="also score these labelled rows with the final model (never trained on)")
    a = ap.parse_args()

    files, rows = load()
    y = np.array([1 if r["label"] == "attack" else 0 for r in rows])
    ctx = np.array([bool(r.get("context_dependent")) for r in rows])
    synthetic = np.array([bool(r.get("_extra")) for r in rows])
    # The synthetic text is training data only: never held out or scored.
    groups = np.array([r.get("_extra") or tp.source_of(r) for r in rows])
    lines = features(rows)
    rule_flag = np.array([o["rule"] >= REPORT - 1e-6 for o in lines])
    other_kind_only = np.array([bool(o["kinds"]) and "prompt_injection" not in o["kinds"] for o in lines])
    readable = np.array([len(o["x"]) > 0 for o in lines])
    # What the model learns from: text it reads, attacks of its kind, no context-only attacks.
    trainable = readable & ~ctx & ~((y == 1) & other_kind_only)
    W = Windows(lines)
    print(f"rows: {len(rows)} (attacks {int(y.sum())}, of them context-dependent {int((ctx & (y == 1)).sum())}; "
          f"benign {int((y == 0).sum())}); the model reads {int(readable.sum())} "
          f"({int((readable & (y == 1)).sum())} attacks), trains on {int(trainable.sum())}; windows {W.X.n}; "
          f"sources: {', '.join(sorted(set(groups)))}")

    model_flag = np.zeros(len(rows), dtype=bool)
    points = {}
    for g in sorted(set(groups[~synthetic])):
        te = groups == g
        tr = ~te & trainable
        m = fit_mil(W, y, tr)
        p = row_scores(m, W)
        t = flag_point(W, y, groups, ~te, trainable, synthetic, p)
        points[g] = t
        model_flag[te] = (p[te] >= t) & readable[te]
        if os.environ.get("SHOW_HELD_OUT"):
            for i in np.where(te & model_flag & ~rule_flag)[0]:
                print(f"    held out {g}: {rows[i]['label'][:3]} p={p[i]:.3f} {rows[i]['text'][:110]!r}")
    print("flag points per held-out source: " + ", ".join(f"{g} {t:.4f}" for g, t in points.items()))
    print()
    report("== leave-one-source-out: guard = rules or learned model", rule_flag | model_flag, y, ctx, groups)
    report("== leave-one-source-out: learned model alone", model_flag, y, ctx, groups)
    report("== rules alone (hand-written; not fitted)", rule_flag, y, ctx, groups)

    everything = np.ones(len(rows), dtype=bool)
    final = fit_mil(W, y, trainable)
    p_all = row_scores(final, W)
    t = flag_point(W, y, groups, everything, trainable, synthetic, p_all)
    print(f"\nflag point: p >= {t:.4f} (model alone flags at most {MODEL_FP:.1%} of each source's benign texts, "
          f"out of source and in sample; floor {FLAG_FLOOR})")
    dev = (p_all >= t) & readable
    report("== dev set (final model, trained on all of it: optimistic)", rule_flag | dev, y, ctx, groups)

    if a.score:
        extra = [json.loads(x) for x in open(a.score, encoding="utf-8") if x.strip()]
        el = features(extra)
        EW = Windows(el)
        pe = row_scores(final, EW)
        ey = np.array([1 if r["label"] == "attack" else 0 for r in extra])
        erule = np.array([o["rule"] >= REPORT - 1e-6 for o in el])
        eread = np.array([len(o["x"]) > 0 for o in el])
        emodel = (pe >= t) & eread
        for name, fl in (("rules", erule), ("model", emodel), ("guard", erule | emodel)):
            print(f"  {a.score}: {name:5s} attacks {fmt(int(fl[ey == 1].sum()), int((ey == 1).sum()))}, "
                  f"benign {fmt(int(fl[ey == 0].sum()), int((ey == 0).sum()))}")
        for r, pr, fr, fm in zip(extra, pe, erule, emodel):
            print(f"    {r['label'][:3]} rule={int(fr)} p={pr:.3f} {'FLAG' if fm else '    '} {r['text'][:80]!r}")

    if a.eval_only:
        return 0
    q, b, scale = final
    model = {
        "version": 2,
        "dims": DIMS,
        "window": WINDOW,
        "stride": STRIDE,
        "minWords": MIN_WORDS,
        "bias": round(b, 6),
        "scale": scale,
        "weights": base64.b64encode(q.tobytes()).decode(),
        "flagAt": round(t, 6),
        "trained": {
            "script": "scripts/train_arguments.py",
            "data": tp.data_hashes(files),
            "rows": len(rows),
            "trainedOn": int(trainable.sum()),
            "l2": tp.L2,
            "iterations": tp.ITERS,
            "milRounds": MIL_ROUNDS,
            "modelFalsePositiveTarget": MODEL_FP,
            "flagFloor": FLAG_FLOOR,
        },
    }
    tp.write_model(MODEL, model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
