"""The differential property with Python's json as the receiving parser (see
tests/diff/pydiff.py): the seed corpus of the fuzz targets, inputs on which
Python's json and serde_json disagree, and seeded mutations of the corpus, all
through the native pipeline (`warden inspect`)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "diff"))

import pydiff  # noqa: E402
import stack as S  # noqa: E402

CORPUS = pydiff.ROOT / "fuzz" / "corpus"
GHP = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"


def warden() -> str:
    return str(S.warden_binary())


def test_seed_corpus_passes_the_python_differential():
    cases = pydiff.cases_from_dir(CORPUS)
    assert len(cases) >= 25
    assert pydiff.check(warden(), cases) == []


def request(body: str) -> tuple[str, dict]:
    return (body[:60], {"side": "request", "body": body})


# Where Python's json reads more than serde_json: non-finite numbers, lone
# surrogates, duplicate members, huge numbers. Each is refused or read alike.
LAX = [
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add","arguments":{"a":NaN}}}',
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add","arguments":{"a":-Infinity}}}',
    '{"jsonrpc":"2.0","id":NaN,"method":"tools/call","params":{"name":"exec_shell"}}',
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell\\ud800"}}',
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add","arguments":{"t":"\\udc00' + GHP + '"}}}',
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add","name":"exec_shell"}}',
    '{"jsonrpc":"2.0","id":1,"method":"ping","method":"tools/call","params":{"name":"exec_shell"}}',
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add"},"params":{"name":"exec_shell"}}',
    '{"jsonrpc":"2.0","id":1e400,"method":"tools/call","params":{"name":"exec_shell"}}',
    '{"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"ping"}',
    '\ufeff{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell"}}',
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell"}} {"x":1}',
    '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell"}}\x00',
    '{"jsonrpc":"2.0","id":1,"method":"tools\\/call","params":{"name":"exec\\u005fshell"}}',
    '[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"exec_shell"}}]',
]


def test_python_lax_inputs_are_refused_or_read_alike():
    cases = [request(b) for b in LAX]
    verdicts = pydiff.run_inspect(warden(), [c for _, c in cases])
    # The deny-listed call never travels, whichever way Python reads the body.
    for (label, _), v in zip(cases, verdicts):
        if "exec" in label and v["forwarded"] is not None:
            tree = pydiff.loads(v["forwarded"])
            names = [n for m in pydiff.messages(tree) for p in m.all("params")
                     if isinstance(p, pydiff.Obj) for n in p.all("name")]
            assert not any(isinstance(n, str) and n.startswith("exec_shell") for n in names), label
    assert pydiff.check(warden(), cases) == []


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


def test_seeded_mutations_pass_the_python_differential():
    rng = random.Random(20261130)
    seeds = pydiff.cases_from_dir(CORPUS)
    cases = []
    for _ in range(400):
        label, case = rng.choice(seeds)
        case = dict(case, body=mutate(rng, case["body"]))
        cases.append((f"{label} mutated {json.dumps(case['body'])[:80]}", case))
    assert pydiff.check(warden(), cases) == []
