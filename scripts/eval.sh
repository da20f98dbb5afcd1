#!/usr/bin/env bash
# Detection quality of the native guards on the labelled data in ../shared/eval and
# the project's own cases (scripts/data), with the default guard config.
#
# First: leave-one-source-out for the tools-list guard and the argument guard (each source repository held
# out, each learned model and its thresholds fitted without it; per source and
# pooled). Then: dev-set scores through the same scan code `warden scan` runs.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL_DIR=${EVAL_DIR:-../shared/eval}
export EVAL_DIR
PY=${PY:-.venv/bin/python}
BIN=target/release/examples
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "######## leave-one-source-out (best estimate for unseen data)"
"$PY" scripts/train_poisoning.py --eval-only
echo
echo "== argument threats: leave-one-source-out for the guard (rules, or the learned"
echo "   prompt-injection model fitted without the held-out source), then the model's dev set"
"$PY" scripts/train_arguments.py --eval-only
echo
echo "== argument threats per source, as shipped (the model's own sources are in-sample here)"
"$BIN/scan_text" "$EVAL_DIR/injection_args.jsonl" > "$out/inj.out.jsonl"
"$BIN/scan_text" scripts/data/argument_cases.jsonl > "$out/own_args.out.jsonl"
"$PY" scripts/eval_args_by_source.py "$EVAL_DIR/injection_args.jsonl" "$out/inj.out.jsonl" \
    scripts/data/argument_cases.jsonl "$out/own_args.out.jsonl"

echo
echo "== argument threats on sealed cases (scripts/data/argument_sealed.jsonl: 240 attacks and 240"
echo "   benign texts written by eight writers who saw neither rules nor data, never trained or"
echo "   tuned on. At first contact, batches 33-34 (2026-12-05): 25 of 60 attacks and 2 of 60"
echo "   benign flagged by the final rules and model of that day, 22 and 2 by the build before;"
echo "   batches 37-38 (written the next session): 32 of 60 and 1 of 60 by the rules and model"
echo "   retrained on batches 35-36, 24 and 1 by the build before that session; batch 39 (the"
echo "   session after): 20 of 30 and 1 of 30; batches 44-45 (2026-12-06, the session after that):"
echo "   28 of 60 and 2 of 60 by that session's final rules and model; batch 46 (the session after):"
echo "   18 of 30 and 0 of 30 by that session's starting build)"
"$BIN/scan_text" scripts/data/argument_sealed.jsonl > "$out/sealed_args.out.jsonl"
"$PY" scripts/eval_args_by_source.py scripts/data/argument_sealed.jsonl "$out/sealed_args.out.jsonl"

echo
echo "######## dev set"
echo "== tools-list guards (poisoned + benign tools)"
cat "$EVAL_DIR/poisoned_tools.jsonl" "$EVAL_DIR/benign_tools.jsonl" > "$out/tools.jsonl"
"$BIN/scan_tools" "$out/tools.jsonl" > "$out/tools.out.jsonl"
python3 scripts/eval_tools.py "$out/tools.jsonl" "$out/tools.out.jsonl"
echo
echo "== tools-list guards on the project's own cases (scripts/data/own_tools.jsonl)"
"$BIN/scan_tools" scripts/data/own_tools.jsonl > "$out/own.out.jsonl"
# Through a file: `| head` closing the pipe early fails the run under pipefail.
python3 scripts/eval_tools.py scripts/data/own_tools.jsonl "$out/own.out.jsonl" > "$out/own.report"
head -4 "$out/own.report"

echo
echo "== tools-list guards on sealed cases (scripts/data/sealed_tools.jsonl: eighteen batches written"
echo "   after the rules of their day, never trained or tuned on; first-contact figures in"
echo "   scripts/data/make_sealed_tools.py). The closest figure here to unseen data."
"$BIN/scan_tools" scripts/data/sealed_tools.jsonl > "$out/sealed.out.jsonl"
python3 scripts/eval_tools.py scripts/data/sealed_tools.jsonl "$out/sealed.out.jsonl" > "$out/sealed.report"
head -4 "$out/sealed.report"

echo
echo "== DLP and argument threats"
"$BIN/scan_text" "$EVAL_DIR/pii_texts.jsonl" > "$out/pii.out.jsonl"
python3 scripts/eval_text.py --pii "$EVAL_DIR/pii_texts.jsonl" --injection "$EVAL_DIR/injection_args.jsonl" \
    --pii-scan "$out/pii.out.jsonl" --injection-scan "$out/inj.out.jsonl"
