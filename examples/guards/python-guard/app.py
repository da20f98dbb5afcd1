"""server-spoofing-guard in Python: the same checks as the Rust guard
(allowlist with URL patterns, homoglyph and typosquat detection, tool mimicry
by SHA-256 of tool definitions, tool-name collisions), built into a component
with componentize-py. See README.md."""

import fnmatch
import hashlib
import json

from wit_world import exports
from wit_world.imports import host
from wit_world.imports.types import (
    Decision_Allow,
    Decision_Deny,
    Decision_Warn,
    Denial,
)

FOLD = {
    "а": "a", "α": "a", "е": "e", "ε": "e", "о": "o", "ο": "o", "0": "o",
    "р": "p", "ρ": "p", "с": "c", "ϲ": "c", "х": "x", "χ": "x", "у": "y",
    "γ": "y", "і": "l", "ι": "l", "i": "l", "1": "l", "l": "l", "|": "l",
    "ѕ": "s", "5": "s", "ј": "j", "ԁ": "d", "һ": "h", "ԛ": "q", "ν": "v",
    "ω": "w", "ш": "w", "κ": "k", "к": "k", "м": "m", "т": "t", "τ": "t",
    "в": "b", "β": "b", "н": "h", "η": "h",
}
DROP = set("-_. \u200b\u200c\u200d\u200e\u200f\u2060\ufeff")


def config_json(key):
    raw = host.get_config(key)
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def flag(key, default):
    raw = host.get_config(key)
    return {"true": True, "false": False}.get(raw, default)


def threshold():
    try:
        t = float(host.get_config("typosquatSimilarityThreshold") or "")
        return t if 0.0 <= t <= 1.0 else 0.8
    except ValueError:
        return 0.8


def whitelist():
    out = []
    for e in config_json("whitelist") or []:
        if isinstance(e, dict) and isinstance(e.get("name"), str):
            out.append((e["name"], e.get("urlPattern") or "*"))
    return out


def known_tools():
    out = []
    for e in config_json("knownTools") or []:
        if isinstance(e, dict) and isinstance(e.get("server"), str) and isinstance(e.get("name"), str):
            sha = e.get("sha256")
            out.append((e["server"], e["name"], sha.lower() if isinstance(sha, str) else None))
    return out


_CONFIG = None


def config():
    """The configuration, read once per instance: the host's values for a
    guard never change under a running instance."""
    global _CONFIG
    if _CONFIG is None:
        _CONFIG = {
            "whitelist": whitelist(),
            "known_tools": known_tools(),
            "block_unknown_servers": flag("blockUnknownServers", False),
            "block_namespace_collisions": flag("blockNamespaceCollisions", False),
            "threshold": threshold(),
        }
    return _CONFIG


def skeleton(name):
    chars = []
    for c in name.lower():
        if c in DROP:
            continue
        chars.append(FOLD.get(c, c))
    return "".join(chars).replace("rn", "m").replace("vv", "w")


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a):
        cur = [i + 1] * (len(b) + 1)
        for j, cb in enumerate(b):
            cur[j + 1] = min(prev[j] + (ca != cb), prev[j + 1] + 1, cur[j] + 1)
        prev = cur
    return prev[len(b)]


def similarity(a, b):
    a, b = a.lower(), b.lower()
    longest = max(len(a), len(b))
    return 1.0 if longest == 0 else 1.0 - levenshtein(a, b) / longest


def glob(pattern, text):
    # Same semantics as the Rust guard: `*` and `?` only, ASCII case-insensitive.
    pattern = pattern.replace("[", "[[]")
    return fnmatch.fnmatchcase(text.lower(), pattern.lower())


def deny(code, message):
    return Decision_Deny(Denial(code=code, message=message, details_json=None))


def check_server(ctx):
    allowed = config()["whitelist"]
    name = ctx.server_name
    for n, pattern in allowed:
        if n == name:
            if glob(pattern, ctx.server_url):
                return Decision_Allow()
            return deny("server_url_mismatch", f"server '{name}' is reached at '{ctx.server_url}', not at an allowed URL")
    sk = skeleton(name)
    for n, _ in allowed:
        if skeleton(n) == sk:
            return deny("server_homoglyph", f"server '{name}' looks like allowed server '{n}' but is not it")
    t = config()["threshold"]
    for n, _ in allowed:
        if similarity(n, name) >= t:
            return deny("server_typosquat", f"server '{name}' is a near-miss of allowed server '{n}'")
    if config()["block_unknown_servers"]:
        return deny("server_unknown", f"server '{name}' is not on the allowlist")
    return Decision_Allow()


def tool_digest(tool):
    h = hashlib.sha256()
    h.update(tool.name.encode())
    h.update(b"\0")
    h.update((tool.description or "").encode())
    h.update(b"\0")
    h.update(tool.input_schema_json.encode())
    return h.hexdigest()


class Evaluator(exports.Evaluator):
    def evaluate_server_connection(self, ctx):
        return check_server(ctx)

    def evaluate_tools_list(self, tools, ctx):
        server = check_server(ctx)
        if not isinstance(server, Decision_Allow):
            return server
        known = [k for k in config()["known_tools"] if k[0] != ctx.server_name]
        # Hash only when some other server's tool has a digest to compare.
        hashing = any(sha is not None for _, _, sha in known)
        collisions = []
        for t in tools:
            digest = tool_digest(t) if hashing else None
            for server_name, tool_name, sha in known:
                if sha is not None and sha == digest:
                    return deny("tool_mimicry", f"tool '{t.name}' copies the definition of '{tool_name}' from server '{server_name}'")
                if tool_name == t.name:
                    collisions.append(f"'{t.name}' (also on '{server_name}')")
        if not collisions:
            return Decision_Allow()
        message = "tool names collide across servers: " + ", ".join(collisions)
        if config()["block_namespace_collisions"]:
            return deny("tool_name_collision", message)
        return Decision_Warn(message)

    def evaluate_tool_call(self, call, ctx):
        return check_server(ctx)

    def evaluate_tool_result(self, output, ctx):
        return Decision_Allow()
