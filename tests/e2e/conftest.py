"""Fixtures for end-to-end tests through a real Envoy with the real filter,
sidecar and an MCP server built on the official Python SDK."""

from __future__ import annotations

import http.client
import json
import sys
import tempfile
from pathlib import Path

import pytest
from mcp.shared.exceptions import MCPError

sys.path.insert(0, str(Path(__file__).parent))

import stack as S  # noqa: E402


def pytest_configure(config):
    config.addinivalue_line("markers", "reliability: slow fault test, run by `make reliability`, not `make test`")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing test's report carries the tail of every process its stack ran
    (Envoy, sidecar, MCP servers): CI keeps only the report."""
    outcome = yield
    report = outcome.get_result()
    st = getattr(item, "funcargs", {}).get("stack")
    if report.failed and isinstance(st, S.Stack):
        for proc in st.procs:
            report.sections.append((f"{proc.name} log (last 40 lines)", proc.tail(40)))


@pytest.fixture(scope="session")
def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="warden-e2e-"))


@pytest.fixture(scope="module")
def stack(workdir):
    st = S.Stack(workdir)
    yield st
    st.stop_all()


@pytest.fixture(scope="module")
def demo_sse(stack) -> int:
    """Demo server answering POSTs with text/event-stream (the SDK default)."""
    return stack.demo_server()[1]


@pytest.fixture(scope="module")
def demo_json(stack) -> int:
    """Demo server answering POSTs with application/json."""
    return stack.demo_server(json_response=True)[1]


def filter_only_config(**overrides) -> dict:
    cfg = S.standalone_plugin_config()
    cfg.update(overrides)
    return cfg


class Raw:
    """Plain HTTP against a listener, for what SDK clients never send."""

    def __init__(self, port: int):
        self.port = port

    def post(self, body: bytes | str, path: str = "/mcp", headers: dict | None = None):
        if isinstance(body, str):
            body = body.encode()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(
                "POST",
                path,
                body=body,
                headers={
                    "content-type": "application/json",
                    "accept": "application/json, text/event-stream",
                    **(headers or {}),
                },
            )
            resp = conn.getresponse()
            return resp.status, dict(resp.getheaders()), resp.read()
        finally:
            conn.close()

    def rpc(self, body, **kw):
        status, headers, data = self.post(body, **kw)
        return status, json.loads(data)


def mcp_errors(exc: BaseException) -> list[MCPError]:
    """The JSON-RPC errors inside what an SDK session raised, in order: its task
    groups wrap them in (nested) exception groups."""
    if isinstance(exc, BaseExceptionGroup):
        return [e for inner in exc.exceptions for e in mcp_errors(inner)]
    return [exc] if isinstance(exc, MCPError) else []


def stats(admin_port: int) -> dict[str, int]:
    _, body = S.http_get(admin_port, "/stats?filter=wasmcustom")
    out = {}
    for line in body.decode().splitlines():
        name, _, value = line.partition(": ")
        if value.strip().isdigit():
            out[name.removeprefix("wasmcustom.")] = int(value)
    return out
