"""The differential property with Python's json as the receiving parser (see
tests/diff/pydiff.py): the seed corpus of the fuzz targets and inputs on which
Python's json and serde_json disagree, through the native pipeline (`warden
inspect`). Seeded mutations and the pre-#7 regressions run in `make
fuzz-regressions`."""

from __future__ import annotations

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
    assert len(cases) >= 20
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
