"""Start and stop a real Warden stack: demo MCP server, warden sidecar, Envoy.

Used by the end-to-end tests, by `make run` and by `make bench`. Every process
binds a port discovered at start (port 0 for Envoy, a probed free port for the
others), readiness is polled, and every process is stopped by PID.
"""

from __future__ import annotations

import argparse
import copy
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
WASM = ROOT / "target" / "wasm32-wasip1" / "wasm" / "warden_filter.wasm"


def envoy_binary() -> str:
    return str(VENV_BIN / "envoy")


def warden_binary(profile: str = "debug") -> Path:
    return ROOT / "target" / profile / "warden"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(check, what: str, timeout: float = 30.0, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what}: process exited with {proc.returncode}")
        try:
            value = check()
            if value:
                return value
        except (OSError, ValueError, http.client.HTTPException):
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{what}: not ready after {timeout}s")


def http_get(port: int, path: str, timeout: float = 2.0) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def metrics_port(data: Path) -> int:
    """The /metrics port of the sidecar whose data directory is `data` (it
    writes the address there when `metrics.listen` asks for port 0)."""
    return int((data / "metrics.addr").read_text().strip().rsplit(":", 1)[1])


def sidecar_metric(data: Path, name: str) -> float:
    """The sum of a sidecar metric's samples over all its labels."""
    _, body = http_get(metrics_port(data), "/metrics")
    assert re.search(rf"^{name}", body.decode(), re.M), f"no metric {name}"
    total = 0.0
    for m in re.finditer(rf"^{name}(?:{{[^}}]*}})? (\S+)$", body.decode(), re.M):
        total += float(m.group(1))
    return total


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen
    log: Path

    def stop(self, timeout: float = 10.0) -> int | None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(5)
        return self.popen.returncode

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


@dataclass
class Stack:
    workdir: Path
    procs: list[Proc] = field(default_factory=list)

    def spawn(self, name: str, argv: list[str], env: dict | None = None) -> Proc:
        log = self.workdir / f"{name}.log"
        fh = open(log, "wb")
        popen = subprocess.Popen(
            argv,
            stdout=fh,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
        )
        proc = Proc(name, popen, log)
        self.procs.append(proc)
        return proc

    def stop_all(self) -> None:
        for proc in reversed(self.procs):
            proc.stop()
        self.procs.clear()

    # -- demo MCP server ---------------------------------------------------
    def demo_server(
        self, *, json_response: bool = False, transport: str = "streamable-http", script: str = "demo-server"
    ) -> tuple[Proc, int]:
        port = free_port()
        argv = [str(VENV_BIN / "python"), f"examples/{script}/server.py", "--port", str(port)]
        if script == "demo-server":
            argv += ["--transport", transport]
        if json_response:
            argv.append("--json-response")
        proc = self.spawn(f"demo-{port}", argv)
        wait_until(lambda: http_get(port, "/health")[0] == 200, "demo server", proc=proc.popen)
        return proc, port

    # -- warden sidecar ------------------------------------------------------
    def sidecar(
        self,
        config: dict | None = None,
        *,
        profile: str = "debug",
        env: dict | None = None,
        ready_timeout: float = 30.0,
    ) -> tuple[Proc, int]:
        ready = self.workdir / f"sidecar-{time.monotonic_ns()}.addr"
        # Each sidecar owns its data directory (its audit log has one writer).
        self.sidecar_data = self.workdir / f"data-{time.monotonic_ns()}"
        cfg = {
            "listen": "127.0.0.1:0",
            "dataDir": str(self.sidecar_data),
            "logLevel": "info",
            "logFormat": "json",
            **(config or {}),
        }
        cfg_path = self.workdir / f"sidecar-{time.monotonic_ns()}.yaml"
        cfg_path.write_text(yaml.safe_dump(cfg))
        proc = self.spawn(
            "sidecar",
            [str(warden_binary(profile)), "serve", "--config", str(cfg_path), "--ready-file", str(ready)],
            env=env,
        )
        addr = wait_until(
            lambda: ready.read_text().strip(), "warden sidecar", timeout=ready_timeout, proc=proc.popen
        )
        return proc, int(addr.rsplit(":", 1)[1])

    # -- Envoy ----------------------------------------------------------------
    def envoy(
        self,
        template: str,
        *,
        upstream_port: int,
        sidecar_port: int | None = None,
        plugin_config: dict | None = None,
        passthrough_listener: bool = False,
        concurrency: int = 1,
        tweak=None,
        access_log: bool = True,
    ) -> tuple[Proc, dict[str, int], int]:
        config = render_envoy(
            template,
            upstream_port=upstream_port,
            sidecar_port=sidecar_port or free_port(),
            plugin_config=plugin_config,
            passthrough_listener=passthrough_listener,
            access_log=access_log,
        )
        if tweak is not None:
            tweak(config)
        path = self.workdir / f"envoy-{time.monotonic_ns()}.yaml"
        path.write_text(yaml.safe_dump(config))
        admin_file = self.workdir / f"envoy-admin-{time.monotonic_ns()}.txt"
        proc = self.spawn(
            "envoy",
            [
                envoy_binary(), "-c", str(path), "--disable-hot-restart",
                "--concurrency", str(concurrency), "-l", "warning",
                "--admin-address-path", str(admin_file),
            ],
        )
        admin = wait_until(lambda: admin_file.read_text().strip(), "envoy admin", proc=proc.popen)
        admin_port = int(admin.rsplit(":", 1)[1])
        wait_until(lambda: http_get(admin_port, "/ready")[0] == 200, "envoy ready", proc=proc.popen)
        status, body = http_get(admin_port, "/listeners?format=json")
        ports = {
            l["name"]: l["local_address"]["socket_address"]["port_value"]
            for l in json.loads(body)["listener_statuses"]
        }
        return proc, ports, admin_port


ACCESS_LOG = {
    "name": "envoy.access_loggers.stdout",
    "typed_config": {
        "@type": "type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog",
        "log_format": {
            "text_format_source": {
                "inline_string": "[access] %REQ(:METHOD)% %REQ(:PATH)% %RESPONSE_CODE% flags=%RESPONSE_FLAGS% "
                "details=%RESPONSE_CODE_DETAILS% %DURATION%ms upstream=%UPSTREAM_HOST%\n"
            }
        },
    },
}


def render_envoy(
    template: str,
    *,
    upstream_port: int,
    sidecar_port: int,
    plugin_config: dict | None,
    passthrough_listener: bool = False,
    access_log: bool = True,
) -> dict:
    config = yaml.safe_load((ROOT / "envoy" / template).read_text())
    config["admin"]["address"]["socket_address"]["port_value"] = 0
    listener = config["static_resources"]["listeners"][0]
    listener["address"]["socket_address"]["port_value"] = 0
    for cluster in config["static_resources"]["clusters"]:
        port = {"mcp_upstream": upstream_port, "warden_sidecar": sidecar_port}[cluster["name"]]
        for group in cluster["load_assignment"]["endpoints"]:
            for ep in group["lb_endpoints"]:
                ep["endpoint"]["address"]["socket_address"]["port_value"] = port
    hcm = listener["filter_chains"][0]["filters"][0]["typed_config"]
    # One line per request in Envoy's log: a failing test's report shows who
    # answered and why (response flags and details), which a status alone does not.
    if access_log:
        hcm.setdefault("access_log", [ACCESS_LOG])
    for f in hcm["http_filters"]:
        if f["name"] == "warden":
            wasm = f["typed_config"]["config"]
            wasm["vm_config"]["code"]["local"]["filename"] = str(WASM)
            if plugin_config is not None:
                wasm["configuration"]["value"] = json.dumps(plugin_config)
    if passthrough_listener:
        plain = copy.deepcopy(listener)
        plain["name"] = "passthrough"
        plain_hcm = plain["filter_chains"][0]["filters"][0]["typed_config"]
        plain_hcm["stat_prefix"] = "passthrough"
        plain_hcm["http_filters"] = [f for f in plain_hcm["http_filters"] if f["name"] == "envoy.filters.http.router"]
        config["static_resources"]["listeners"].append(plain)
    return config


def default_plugin_config(template: str = "warden.yaml") -> dict:
    config = yaml.safe_load((ROOT / "envoy" / template).read_text())
    listener = config["static_resources"]["listeners"][0]
    for f in listener["filter_chains"][0]["filters"][0]["typed_config"]["http_filters"]:
        if f["name"] == "warden":
            return json.loads(f["typed_config"]["config"]["configuration"]["value"])
    raise KeyError("no warden filter in " + template)


def standalone_plugin_config() -> dict:
    """The shipped filter config without a sidecar, and so without the audit
    shipper that sends its records there."""
    config = default_plugin_config()
    config.pop("sidecar", None)
    config.pop("audit", None)
    return config


def run_demo() -> None:
    """`make run`: the whole stack on the embedded defaults, until Ctrl-C."""
    workdir = Path(tempfile.mkdtemp(prefix="warden-run-"))
    stack = Stack(workdir)
    stop = False

    def on_signal(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        _, upstream = stack.demo_server()
        _, sidecar = stack.sidecar(
            {"toolDenyList": ["exec_*", "delete_everything"]}, profile="release"
        )
        _, ports, admin = stack.envoy("warden.yaml", upstream_port=upstream, sidecar_port=sidecar)
        url = f"http://127.0.0.1:{ports['mcp']}/mcp"
        print(
            f"""
Warden is running.
  MCP endpoint (through Envoy + Warden): {url}
  demo MCP server (direct, unguarded):   http://127.0.0.1:{upstream}/mcp
  warden sidecar (gRPC):                 127.0.0.1:{sidecar}
  Envoy admin / stats:                   http://127.0.0.1:{admin}/stats?filter=warden
  logs:                                  {workdir}

Try it:
  .venv/bin/python examples/client.py {url}

Ctrl-C stops everything.""",
            flush=True,
        )
        while not stop:
            for proc in stack.procs:
                if proc.popen.poll() is not None:
                    print(f"{proc.name} exited ({proc.popen.returncode}):\n{proc.tail()}", file=sys.stderr)
                    stop = True
            time.sleep(0.2)
    finally:
        stack.stop_all()
        print("stopped.")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["run"])
    args = parser.parse_args()
    if args.command == "run":
        run_demo()
