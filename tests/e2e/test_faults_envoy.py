"""Envoy hot-reloads the filter configuration (filesystem LDS: a watched file,
the way an xDS update arrives): an invalid Warden config is rejected by the
filter's on_configure, Envoy keeps serving with the old config, and a valid
config after it goes live within RECOVERY_BOUND_S."""

from __future__ import annotations

import copy
import json
import time

import yaml
from conftest import filter_only_config
from faults import DENIED, RECOVERY_BOUND_S, Session, one, record, recover_within

import stack as S

LISTENER_TYPE = "type.googleapis.com/envoy.config.listener.v3.Listener"


def envoy_stats(admin: int, prefix: str) -> dict[str, int]:
    _, body = S.http_get(admin, f"/stats?filter={prefix}")
    out = {}
    for line in body.decode().splitlines():
        name, _, value = line.partition(": ")
        if value.strip().isdigit():
            out[name] = int(value)
    return out


class Lds:
    """The listener in a watched file; updates are atomic renames into place."""

    def __init__(self, workdir):
        self.dir = workdir / f"lds-{time.monotonic_ns()}"
        self.dir.mkdir()
        self.path = self.dir / "lds.yaml"
        self.listener = None

    def move_listener(self, config: dict) -> None:
        self.listener = config["static_resources"].pop("listeners")[0]
        self.write(self.listener)
        config["node"] = {"id": "warden-faults", "cluster": "warden-faults"}
        config["dynamic_resources"] = {
            "lds_config": {
                "resource_api_version": "V3",
                "path_config_source": {"path": str(self.path), "watched_directory": {"path": str(self.dir)}},
            }
        }

    def write(self, listener: dict) -> None:
        tmp = self.dir / ".lds.tmp"
        tmp.write_text(yaml.safe_dump({"resources": [{"@type": LISTENER_TYPE, **listener}]}))
        tmp.replace(self.path)

    def with_plugin(self, port: int, value: str) -> dict:
        listener = copy.deepcopy(self.listener)
        listener["address"]["socket_address"]["port_value"] = port
        hcm = listener["filter_chains"][0]["filters"][0]["typed_config"]
        for f in hcm["http_filters"]:
            if f["name"] == "warden":
                f["typed_config"]["config"]["configuration"]["value"] = value
        return listener


def test_invalid_filter_config_over_lds_is_rejected_and_old_keeps_serving(stack, demo_json, workdir):
    lds = Lds(workdir)
    _, ports, admin = stack.envoy(
        "warden.yaml", upstream_port=demo_json, plugin_config=filter_only_config(), tweak=lds.move_listener
    )
    port = ports["mcp"]
    raw = Session(port)
    assert one(raw) == "ok" and one(raw, 2, "exec_shell", {}) == str(DENIED)
    before = envoy_stats(admin, "listener_manager.lds")
    bad = [
        json.dumps({**filter_only_config(), "noSuchKey": True}),  # unknown key
        '{"toolDenyList": ',  # not JSON
        json.dumps({**filter_only_config(), "toolDenyList": "exec_*"}),  # wrong type
        # An operator's phrase word the scanner could never read as one word.
        json.dumps({**filter_only_config(), "guards": {"argumentThreats": {"extraWords": {"addressees": ["ops-copilot"]}}}}),
        # An operator's PII context word the detectors could never read as one word.
        json.dumps({**filter_only_config(), "guards": {"dlp": {"pii": {"extraContextWords": {"phone": ["tel."]}}}}}),
        # An operator's secret rule with a one-byte prefix (it would fire everywhere).
        json.dumps({**filter_only_config(), "guards": {"dlp": {"secrets": {"extraRules": [
            {"id": "acme-key", "prefix": "a", "body": "alnum", "min": 20, "max": 40, "check": "random"}]}}}}),
    ]
    for value in bad:
        lds.write(lds.with_plugin(port, value))
        deadline = time.monotonic() + RECOVERY_BOUND_S
        while envoy_stats(admin, "listener_manager.lds").get("listener_manager.lds.update_rejected", 0) <= \
                before.get("listener_manager.lds.update_rejected", 0) and time.monotonic() < deadline:
            time.sleep(0.05)
        now = envoy_stats(admin, "listener_manager.lds")
        assert now["listener_manager.lds.update_rejected"] > before.get("listener_manager.lds.update_rejected", 0), (value, now)
        before = now
        # The old configuration keeps serving: same verdicts, same session.
        assert one(raw) == "ok" and one(raw, 3, "exec_shell", {}) == str(DENIED)
    good = filter_only_config(toolDenyList=["exec_*", "add"])
    lds.write(lds.with_plugin(port, json.dumps(good)))
    took = recover_within(raw, want=str(DENIED))
    after = envoy_stats(admin, "listener_manager.lds")
    assert after["listener_manager.lds.update_success"] > before["listener_manager.lds.update_success"]
    record(
        "Envoy LDS reload with invalid filter config",
        f"rejected (lds.update_rejected), old config serves; valid config live < {RECOVERY_BOUND_S}s",
        f"{len(bad)} invalid configs rejected, old verdicts kept; valid config live in {took:.2f}s",
    )
