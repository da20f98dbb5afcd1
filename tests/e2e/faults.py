"""Fault injection helpers for the reliability tests: a TCP proxy in front of
the sidecar that can hang or slow the gRPC stream, a size-limited tmpfs for the
data directory, concurrent load through Envoy, and the reliability report log
(`make reliability` prints it as a table)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

from conftest import Raw

import stack as S

DENIED, UNAVAILABLE, GUARD_ERROR, AUDIT_FAILED = -32001, -32002, -32005, -32006
# A fault that clears must be gone from the traffic within this many seconds.
RECOVERY_BOUND_S = 5.0


def record(case: str, expected: str, observed: str) -> None:
    """One row of the reliability table (appended when WARDEN_RELIABILITY_LOG names a file)."""
    path = os.environ.get("WARDEN_RELIABILITY_LOG")
    if path:
        with open(path, "a") as f:
            f.write(json.dumps({"case": case, "expected": expected, "observed": observed}) + "\n")


def call_body(i: int | str, tool: str = "add", args: dict | None = None) -> str:
    return json.dumps(
        {"jsonrpc": "2.0", "id": i, "method": "tools/call",
         "params": {"name": tool, "arguments": args if args is not None else {"a": 1, "b": 2}}}
    )


def classify(status: int, reply: dict) -> str:
    """`ok` for a tool result, the JSON-RPC error code otherwise."""
    if status == 200 and "result" in reply:
        return "ok"
    if "error" in reply:
        return str(reply["error"]["code"])
    return f"http {status}"


class Session(Raw):
    """Raw HTTP inside one MCP session (the demo server wants a session id)."""

    def __init__(self, port: int, headers: dict | None = None):
        super().__init__(port)
        self.headers = dict(headers or {})
        status, hdrs, _ = self.post(
            json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
                "protocolVersion": "2025-06-18", "capabilities": {},
                "clientInfo": {"name": "faults", "version": "1"}}})
        )
        sid = {k.lower(): v for k, v in hdrs.items()}.get("mcp-session-id")
        assert status == 200 and sid, (status, hdrs)
        self.headers["mcp-session-id"] = sid
        self.post('{"jsonrpc":"2.0","method":"notifications/initialized"}')

    def post(self, body, path: str = "/mcp", headers: dict | None = None):
        return super().post(body, path, {**getattr(self, "headers", {}), **(headers or {})})


def one(raw: Raw, i: int | str = 1, tool: str = "add", args: dict | None = None) -> str:
    try:
        status, reply = raw.rpc(call_body(i, tool, args))
    except (OSError, ValueError) as e:
        return f"transport {type(e).__name__}"
    return classify(status, reply)


def recover_within(raw: Raw, bound: float = RECOVERY_BOUND_S, want: str = "ok", **kw) -> float:
    """Seconds until a call answers `want` again; fails past `bound`."""
    start = time.monotonic()
    last = None
    while time.monotonic() - start < bound:
        last = one(raw, "probe", **kw)
        if last == want:
            return time.monotonic() - start
        time.sleep(0.05)
    raise AssertionError(f"not recovered within {bound}s (last outcome {last})")


class Load:
    """`workers` threads posting tools/call through Envoy until stopped."""

    def __init__(self, raw: Raw, workers: int = 4, tool: str = "add"):
        self.raw, self.tool = raw, tool
        self.stop_flag = threading.Event()
        self.outcomes: list[str] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._run, args=(w,), daemon=True) for w in range(workers)]

    def _run(self, w: int) -> None:
        n = 0
        while not self.stop_flag.is_set():
            n += 1
            out = one(self.raw, f"{w}-{n}", self.tool)
            with self.lock:
                self.outcomes.append(out)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop_flag.set()
        for t in self.threads:
            t.join(30)

    def counts(self) -> Counter:
        with self.lock:
            return Counter(self.outcomes)


class FaultProxy:
    """A byte-level TCP proxy in front of the sidecar. Mode `pass` forwards,
    `hang` accepts and holds every byte (a black hole that keeps the connection
    open), `delay` forwards each chunk `delay` seconds late. Bytes are held,
    never dropped, so the HTTP/2 connection stays valid when the fault clears."""

    def __init__(self, target_port: int):
        self.target = target_port
        self.mode = "pass"
        self.delay = 0.0
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target))
            except OSError:
                client.close()
                continue
            self.conns += [client, upstream]
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                while self.mode == "hang" and not self.closed:
                    time.sleep(0.01)
                if self.mode == "delay":
                    time.sleep(self.delay)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self.closed = True
        self.listener.close()
        for c in self.conns:
            c.close()


class Tmpfs:
    """A size-limited tmpfs (the machine's real filesystem code path for ENOSPC
    and EROFS). Needs root, like the CI runner."""

    def __init__(self, path: Path, size: str = "4m"):
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True)

    def fill(self) -> Path:
        """Fill every free block; returns the filler file to delete later."""
        filler = self.path / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        chunk = b"\0" * 4096
        try:
            while os.write(fd, chunk) > 0:
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        return filler

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], check=False)


def warden(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(S.warden_binary()), *args], capture_output=True, text=True, timeout=60, check=check
    )


def audit_decisions(audit_dir: Path) -> list[dict]:
    out = warden("audit", "query", "--dir", str(audit_dir), "--kind", "decision", "--json").stdout
    return [json.loads(line) for line in out.splitlines()]


def verify(audit_dir: Path) -> str:
    r = warden("audit", "verify", "--dir", str(audit_dir), check=False)
    return (r.stdout + r.stderr).strip()


def fd_count(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
