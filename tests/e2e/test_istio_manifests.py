"""Istio manifests: each custom resource validates against Istio's CRD schema
(../shared/istio-crds), and the WasmPlugin's pluginConfig is accepted by the real
filter's on_configure inside a real Envoy (`envoy --mode validate`)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

import stack as S

ISTIO = S.ROOT / "istio"
CRDS = S.ROOT.parent / "shared" / "istio-crds"


def crd_schemas() -> dict[tuple[str, str], dict]:
    schemas = {}
    for path in CRDS.glob("*.yaml"):
        for crd in yaml.safe_load_all(path.read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for version in crd["spec"]["versions"]:
                schemas[(f"{group}/{version['name']}", kind)] = version["schema"]["openAPIV3Schema"]
    return schemas


def custom_resources():
    for path in sorted(ISTIO.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc and "istio.io/" in doc.get("apiVersion", ""):
                yield pytest.param(doc, id=f"{path.name}:{doc['kind']}")


@pytest.mark.skipif(not CRDS.is_dir(), reason="../shared/istio-crds not present")
@pytest.mark.parametrize("doc", list(custom_resources()))
def test_custom_resource_matches_crd(doc):
    schema = crd_schemas()[(doc["apiVersion"], doc["kind"])]
    # Validate spec strictly: reject keys the CRD does not define, as the API server
    # would prune them and the setting would silently vanish.
    spec_schema = strict(schema["properties"]["spec"])
    jsonschema.validate(doc["spec"], spec_schema)


def strict(schema: dict) -> dict:
    """Copy of an OpenAPI schema where objects with declared properties admit no
    others (unless the schema says it preserves unknown fields)."""
    if not isinstance(schema, dict):
        return schema
    out = {k: strict(v) if isinstance(v, dict) else v for k, v in schema.items()}
    if "properties" in schema:
        out["properties"] = {k: strict(v) for k, v in schema["properties"].items()}
        if not schema.get("x-kubernetes-preserve-unknown-fields") and "additionalProperties" not in schema:
            out["additionalProperties"] = False
    if "items" in schema and isinstance(schema["items"], dict):
        out["items"] = strict(schema["items"])
    for key in ("oneOf", "anyOf", "allOf"):
        if key in schema:
            out[key] = [strict(s) for s in schema[key]]
    return out


def test_wasmplugin_config_accepted_by_the_filter(tmp_path: Path):
    plugin = yaml.safe_load((ISTIO / "wasmplugin.yaml").read_text())
    config = S.render_envoy("warden.yaml", upstream_port=8000, sidecar_port=9191,
                            plugin_config=plugin["spec"]["pluginConfig"])
    path = tmp_path / "envoy.yaml"
    path.write_text(yaml.safe_dump(config))
    out = subprocess.run([S.envoy_binary(), "--mode", "validate", "-c", str(path), "-l", "error"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def test_example_filter_config_accepted_by_the_filter(tmp_path: Path):
    plugin = json.loads((S.ROOT / "examples" / "filter-config.json").read_text())
    config = S.render_envoy("warden.yaml", upstream_port=8000, sidecar_port=9191, plugin_config=plugin)
    path = tmp_path / "envoy.yaml"
    path.write_text(yaml.safe_dump(config))
    out = subprocess.run([S.envoy_binary(), "--mode", "validate", "-c", str(path), "-l", "error"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def test_filter_rejects_a_misspelt_key(tmp_path: Path):
    config = S.render_envoy("warden.yaml", upstream_port=8000, sidecar_port=9191,
                            plugin_config={"toolDenylist": ["x"]})
    path = tmp_path / "envoy.yaml"
    path.write_text(yaml.safe_dump(config))
    out = subprocess.run([S.envoy_binary(), "--mode", "validate", "-c", str(path), "-l", "error"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode != 0
