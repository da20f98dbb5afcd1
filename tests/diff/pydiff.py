"""Differential check with Python's `json` as the receiving parser.

For every body the native pipeline lets through (`warden inspect`, the same
engine configuration as the fuzz targets: fuzz/engine-config.json), Python's
json reads the forwarded bytes as an MCP client or server written in Python
would, every duplicate key kept. Nothing it finds may be something the pipeline
did not decide on:

- requests: every method is one the pipeline saw (and no near miss of a known
  method), every id is one it saw, no tool name or argument string that the
  engine refuses or masks when it stands alone (a *probe*);
- responses: results answer the request's id, no listed tool that a list of
  that tool alone would lose, no string anywhere that the engine refuses or
  masks as the text of a call result.

Python's json is laxer than serde_json (NaN, Infinity, lone surrogates, big
numbers), so what the pipeline forwards is read here by a second parser.

Usage: pydiff.py [--warden BIN] [--mutations N] CASE_DIR...   (fuzz corpus
layout: request_diff/, response_diff/; --mutations adds N seeded mutations of
those cases; exit 1 and one line per violation when any is found).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "fuzz" / "engine-config.json"
PROBE_TOOL = "probe_tool"

# The harness requests of the response_diff fuzz target, by selector.
HARNESS_REQUESTS = [
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"probe_tool","arguments":{}}}',
    '{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
    '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",'
    '"capabilities":{},"clientInfo":{"name":"c","version":"1"}}}',
    '{"jsonrpc":"2.0","id":1,"method":"ping"}',
]

KNOWN_METHODS = {
    "initialize": "initialize",
    "server/discover": "discover",
    "notifications/initialized": "initialized",
    "ping": "ping",
    "tools/list": "tools_list",
    "tools/call": "tools_call",
    "notifications/tools/list_changed": "tools_list_changed",
    "resources/list": "resources_list",
    "resources/templates/list": "resources_templates_list",
    "resources/read": "resources_read",
    "resources/subscribe": "resources_subscribe",
    "resources/unsubscribe": "resources_unsubscribe",
    "prompts/list": "prompts_list",
    "prompts/get": "prompts_get",
}

INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"}


class Obj(list):
    """A JSON object as (key, value) pairs in wire order, duplicates kept."""

    def all(self, key):
        return [v for k, v in self if k == key]


def loads(text: str):
    """Python's json as a receiver uses it, but with every duplicate key kept."""
    return json.loads(text, object_pairs_hook=Obj)


def messages(tree):
    if isinstance(tree, Obj):
        return [tree]
    if isinstance(tree, list):
        return [m for m in tree if isinstance(m, Obj)]
    return []


def strings(node, under=None, out=None):
    """Every string with the member it sits under; object keys included."""
    out = [] if out is None else out
    if isinstance(node, str):
        out.append((under, node))
    elif isinstance(node, Obj):
        for k, v in node:
            out.append((None, k))
            strings(v, k, out)
    elif isinstance(node, list):
        for v in node:
            strings(v, None, out)
    return out


def near_miss(method: str):
    folded = "".join(c for c in method if not c.isspace() and c not in INVISIBLE).lower()
    folded = unicodedata.normalize("NFKC", folded)
    return folded if folded in KNOWN_METHODS and folded != method else None


def run_inspect(warden: str, cases: list[dict]) -> list[dict]:
    if not cases:
        return []
    stdin = "".join(json.dumps(c) + "\n" for c in cases)
    proc = subprocess.run(
        [warden, "inspect", "--config", str(CONFIG), "--server", "demo"],
        input=stdin, capture_output=True, text=True, timeout=300,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"warden inspect failed: {proc.stderr.strip()}")
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    if len(out) != len(cases):
        raise RuntimeError(f"warden inspect answered {len(out)} of {len(cases)} cases")
    return out


def dumps(v) -> str:
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False)


def probe_call(name: str) -> dict:
    return {"side": "request", "body": dumps(
        {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": name}})}


def probe_argument(key: str, value: str) -> dict:
    return {"side": "request", "body": dumps(
        {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
         "params": {"name": PROBE_TOOL, "arguments": {key: value}}})}


def probe_text(text: str) -> dict:
    return {"side": "response", "request": HARNESS_REQUESTS[0], "body": dumps(
        {"jsonrpc": "2.0", "id": 1, "result": {"content": [{"type": "text", "text": text}]}})}


def probe_tool(name: str, description: str) -> dict:
    return {"side": "response", "request": HARNESS_REQUESTS[1], "body": dumps(
        {"jsonrpc": "2.0", "id": 1, "result": {"tools": [
            {"name": name, "description": description, "inputSchema": {"type": "object"}}]}})}


def refused(verdict: dict) -> bool:
    """The probe's verdict: a guard (not the parser) refused or rewrote it."""
    if "redactions" in verdict:
        return (verdict["redactions"] > 0 or verdict["toolsFiltered"] > 0
                or any(c != "upstream_invalid" for c in verdict["denied"]))
    return verdict["outcome"] != "forward"


def encodable(s: str) -> bool:
    """A string the probe can carry: lone surrogates cannot reach the CLI intact."""
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def id_value(text: str):
    return json.loads(text)


class Checker:
    """Collects, for each forwarded case, the claims to verify with probes."""

    def __init__(self):
        self.claims: list[tuple[str, dict, str]] = []  # (label, probe, message)
        self.violations: list[str] = []

    def claim(self, label, probe, message):
        self.claims.append((label, probe, message))

    def request(self, label: str, verdict: dict):
        forwarded = verdict.get("forwarded")
        if verdict["outcome"] not in ("forward", "rewrite") or forwarded is None:
            return
        try:
            tree = loads(forwarded)
        except ValueError:
            return  # the server cannot parse it either
        for msg in messages(tree):
            methods = [m for m in msg.all("method") if isinstance(m, str)]
            for m in methods:
                if KNOWN_METHODS.get(m, "other") not in verdict["methods"]:
                    self.violations.append(f"{label}: forwarded method {m!r} the pipeline did not see")
                if near_miss(m):
                    self.violations.append(f"{label}: forwarded {m!r}, a near miss of {near_miss(m)!r}")
            if not methods:
                continue
            seen_ids = [id_value(i) for i in verdict["ids"]]
            for i in msg.all("id"):
                if isinstance(i, (str, int, float)) and not isinstance(i, bool) and i not in seen_ids:
                    self.violations.append(f"{label}: forwarded id {i!r} the pipeline did not see")
            if "tools/call" not in methods:
                continue
            for params in msg.all("params"):
                if not isinstance(params, Obj):
                    continue
                found = []
                for k, v in params:
                    found.append((None, k))
                    if k == "name":
                        if isinstance(v, str) and encodable(v):
                            self.claim(label, probe_call(v), f"forwarded a call of {v!r}, refused on its own")
                    else:
                        strings(v, k, found)
                for under, s in sorted(set(found), key=repr):
                    if encodable(s) and encodable(under or ""):
                        self.claim(label, probe_argument(under or "value", s),
                                   f"forwarded argument string {s!r}, refused or masked on its own")

    def response(self, label: str, verdict: dict):
        forwarded = verdict.get("forwarded")
        if forwarded is None:
            return
        try:
            tree = loads(forwarded)
        except ValueError:
            return
        for msg in messages(tree):
            for result in msg.all("result"):
                for i in msg.all("id"):
                    if i != 1 or isinstance(i, bool):
                        self.violations.append(f"{label}: forwarded a result for id {i!r}, which nobody asked for")
                if not isinstance(result, Obj):
                    continue
                for tools in result.all("tools"):
                    if not isinstance(tools, list) or isinstance(tools, Obj):
                        continue
                    for tool in tools:
                        if not isinstance(tool, Obj):
                            continue
                        descriptions = [d for d in tool.all("description") if isinstance(d, str)] or [""]
                        for name in (n for n in tool.all("name") if isinstance(n, str)):
                            for d in descriptions:
                                if encodable(name) and encodable(d):
                                    self.claim(label, probe_tool(name, d),
                                               f"forwarded tool {name!r}, filtered or refused on its own")
            for _, s in sorted(set(strings(msg)), key=repr):
                if encodable(s):
                    self.claim(label, probe_text(s), f"forwarded string {s!r}, refused or masked on its own")

    def settle(self, warden: str):
        unique = {json.dumps(p, sort_keys=True): p for _, p, _ in self.claims}
        keys = list(unique)
        verdicts = dict(zip(keys, run_inspect(warden, [unique[k] for k in keys])))
        for label, probe, message in self.claims:
            if refused(verdicts[json.dumps(probe, sort_keys=True)]):
                self.violations.append(f"{label}: {message}")
        return self.violations


def cases_from_dir(root: Path) -> list[tuple[str, dict]]:
    """Request and JSON-mode response cases from a fuzz corpus layout."""
    cases = []
    for f in sorted((root / "request_diff").glob("*")):
        text = f.read_bytes().decode("utf-8", "replace")
        cases.append((str(f.relative_to(ROOT)), {"side": "request", "body": text}))
    for f in sorted((root / "response_diff").glob("*")):
        data = f.read_bytes()
        if not data or data[0] & 4:
            continue  # SSE cases: the Rust target reads them as a WHATWG client
        text = data[1:].decode("utf-8", "replace")
        cases.append((str(f.relative_to(ROOT)), {
            "side": "response", "request": HARNESS_REQUESTS[data[0] % 4], "body": text}))
    return cases


def check(warden: str, cases: list[tuple[str, dict]]) -> list[str]:
    verdicts = run_inspect(warden, [c for _, c in cases])
    checker = Checker()
    for (label, case), verdict in zip(cases, verdicts):
        if case["side"] == "request":
            checker.request(label, verdict)
        else:
            checker.response(label, verdict)
    return checker.settle(warden)


GHP = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"

# Pieces a mutation inserts: JSON structure, Python-only tokens, escapes, and
# members that change what a message is or carries.
TOKENS = [
    '"', "\\", "\\u0000", "\\ud800", "NaN", "1e999", ",", "}", "]", "{", "[",
    '"method":"tools/call",', '"name":"exec_shell",', '"id":2,', '"result":{},',
    '"text":"' + GHP + '",', '"content":[],', "\u200b", "\ufeff", " ",
]


def mutate(rng: random.Random, body: str) -> str:
    for _ in range(rng.randint(1, 3)):
        at = rng.randint(0, len(body))
        op = rng.random()
        if op < 0.5:
            body = body[:at] + rng.choice(TOKENS) + body[at:]
        elif op < 0.8:
            body = body[:at] + body[at + rng.randint(1, 8):]
        else:  # duplicate a slice: repeated members, nested copies
            end = min(len(body), at + rng.randint(1, 40))
            body = body[:end] + body[at:end] + body[end:]
    return body


def mutations(cases, count: int, seed: int = 20261130):
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        label, case = rng.choice(cases)
        case = dict(case, body=mutate(rng, case["body"]))
        out.append((f"{label} mutated to {json.dumps(case['body'])[:100]}", case))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warden", default=str(ROOT / "target" / "debug" / "warden"))
    ap.add_argument("--mutations", type=int, default=0)
    ap.add_argument("dirs", nargs="+", type=Path)
    args = ap.parse_args()
    cases = [c for d in args.dirs for c in cases_from_dir(d.resolve())]
    cases += mutations(cases, args.mutations)
    violations = check(args.warden, cases)
    for v in violations:
        print(v)
    print(f"{len(cases)} cases, {len(violations)} violations")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
