#!/usr/bin/env bash
# Detection quality of the native guards on the labelled data in ../shared/eval,
# through the real CLI (`warden scan tools|text`) with the default guard config
# (or the filter config given as $1).
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL_DIR=${EVAL_DIR:-../shared/eval}
WARDEN=${WARDEN:-target/release/warden}
CONFIG=(); [ $# -gt 0 ] && CONFIG=(--config "$1")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== tools-list guards (poisoned + benign tools)"
cat "$EVAL_DIR/poisoned_tools.jsonl" "$EVAL_DIR/benign_tools.jsonl" > "$out/tools.jsonl"
"$WARDEN" scan tools "$out/tools.jsonl" "${CONFIG[@]}" > "$out/tools.out.jsonl"
python3 scripts/eval_tools.py "$out/tools.jsonl" "$out/tools.out.jsonl"

echo
echo "== DLP and argument threats"
"$WARDEN" scan text "$EVAL_DIR/pii_texts.jsonl" "${CONFIG[@]}" > "$out/pii.out.jsonl"
"$WARDEN" scan text "$EVAL_DIR/injection_args.jsonl" "${CONFIG[@]}" > "$out/inj.out.jsonl"
python3 scripts/eval_text.py --pii "$EVAL_DIR/pii_texts.jsonl" --injection "$EVAL_DIR/injection_args.jsonl" \
    --pii-scan "$out/pii.out.jsonl" --injection-scan "$out/inj.out.jsonl"
