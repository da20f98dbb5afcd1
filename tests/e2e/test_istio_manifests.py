"""Istio and Kubernetes manifests (istio/): every kustomize overlay renders; every
Istio resource validates against Istio's CRD schemas (../shared/istio-crds) and
every Kubernetes object against the Kubernetes OpenAPI schemas, unknown fields
failing; every reference resolves; the Envoy configuration istiod would build
from them is accepted by a real Envoy with the real filter module (and, run live,
strips forged identity headers and enforces through the real sidecar); the
container images' build files lint and copy what the build produces."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import jsonschema
import kubernetes_validate
import pytest
import yaml

import istio_render as R
import stack as S

sys.path.insert(0, str(S.ROOT / "scripts"))
import wasm_oci  # noqa: E402

OVERLAYS = R.overlay_names()
KUBERNETES_VERSIONS = ["1.30.0", "1.37.0"]
README = (R.ISTIO / "README.md").read_text()


def test_all_overlays_are_tested():
    assert OVERLAYS == ["central", "envoyfilter", "sidecar", "sidecar-ext-authz"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_renders_complete(overlay):
    docs = R.render(overlay)
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Service", "ConfigMap", "PeerAuthentication", "RequestAuthentication",
            "EnvoyFilter"} <= kinds
    # The FilterConfig is kustomize's local source, never applied.
    assert "FilterConfig" not in kinds
    for d in docs:
        assert d["metadata"].get("namespace") == "mcp", f"{d['kind']}/{d['metadata']['name']} has no namespace"
    assert len({(d["kind"], d["metadata"]["name"]) for d in docs}) == len(docs), "duplicate objects"


# -- schemas ----------------------------------------------------------------------

@pytest.mark.parametrize("overlay", OVERLAYS)
def test_istio_resources_match_crds(overlay):
    schemas = R.crd_schemas()
    checked = 0
    for doc in R.render(overlay):
        if "istio.io/" not in doc["apiVersion"]:
            continue
        assert (doc["apiVersion"], doc["kind"]) in schemas
        assert set(doc) <= {"apiVersion", "kind", "metadata", "spec"}
        jsonschema.validate(doc["spec"], R.strict_spec(doc["apiVersion"], doc["kind"]))
        checked += 1
    assert checked >= 5


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_kubernetes_objects_match_openapi(overlay, version):
    checked = 0
    for doc in R.render(overlay):
        if "istio.io/" in doc["apiVersion"]:
            continue
        kubernetes_validate.validate(doc, version, strict=True)
        checked += 1
    assert checked >= 5


def test_validators_reject_unknown_fields():
    docs = R.render("sidecar")
    plugin = json.loads(json.dumps(R.one(docs, "WasmPlugin")))
    plugin["spec"]["failstrategy"] = plugin["spec"].pop("failStrategy")
    schema = R.crd_schemas()[(plugin["apiVersion"], "WasmPlugin")]
    with pytest.raises(jsonschema.ValidationError, match="failstrategy"):
        jsonschema.validate(plugin["spec"], R.strict(schema["properties"]["spec"]))
    deployment = json.loads(json.dumps(R.one(docs, "Deployment", "mcp-server")))
    R.container(deployment["spec"]["template"], "warden")["securityContext"]["readonlyRootFilesystem"] = True
    with pytest.raises(kubernetes_validate.ValidationError, match="readonlyRootFilesystem"):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[-1], strict=True)


def test_crd_schemas_are_required(monkeypatch, tmp_path):
    monkeypatch.setattr(R, "CRDS", tmp_path)
    R.crd_schemas.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="no Istio CRD schemas"):
            R.crd_schemas()
    finally:
        R.crd_schemas.cache_clear()


# meshConfig has no CRD: the fields used here, as Istio's MeshConfig API defines them.
_BODY = {"type": "object", "additionalProperties": False, "properties": {
    "maxRequestBytes": {"type": "integer", "minimum": 1},
    "allowPartialMessage": {"type": "boolean"},
    "packAsBytes": {"type": "boolean"}}}
_EXT_AUTHZ_GRPC = {"type": "object", "additionalProperties": False, "required": ["service", "port"], "properties": {
    "service": {"type": "string"}, "port": {"type": "integer"},
    "timeout": {"type": "string", "pattern": r"^\d+(\.\d+)?(ms|s)$"},
    "failOpen": {"type": "boolean"}, "clearRouteCache": {"type": "boolean"},
    "statusOnError": {"type": "string", "pattern": r"^[1-5]\d\d$"},
    "pathPrefix": {"type": "string"}, "includeRequestBodyInCheck": _BODY}}
MESH_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {
    "pathNormalization": {"type": "object", "additionalProperties": False, "properties": {
        "normalization": {"enum": ["DEFAULT", "NONE", "BASE", "MERGE_SLASHES", "DECODE_AND_MERGE_SLASHES"]}}},
    "extensionProviders": {"type": "array", "items": {
        "type": "object", "additionalProperties": False, "required": ["name"],
        "properties": {"name": {"type": "string"}, "envoyExtAuthzGrpc": _EXT_AUTHZ_GRPC}}}}}


def test_mesh_config_is_valid_and_fails_closed():
    mesh = R.mesh_config()
    jsonschema.validate(mesh, MESH_SCHEMA)
    # What the filter assumes (it decodes, removes dot segments, merges slashes).
    assert mesh["pathNormalization"]["normalization"] == "DECODE_AND_MERGE_SLASHES"
    for provider in mesh["extensionProviders"]:
        grpc = provider["envoyExtAuthzGrpc"]
        assert grpc["failOpen"] is False
        assert grpc["includeRequestBodyInCheck"]["allowPartialMessage"] is False
    bad = json.loads(json.dumps(mesh))
    bad["extensionProviders"][0]["envoyExtAuthzGrpc"]["failopen"] = False
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, MESH_SCHEMA)


# -- cross references ---------------------------------------------------------------

def _defined(docs, kind: str, name: str) -> bool:
    return bool(R.find(docs, kind, name))


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_reference_resolves(overlay):
    docs = R.render(overlay)
    mesh = {p["name"]: p for p in R.mesh_config()["extensionProviders"]}
    problems = []

    def need(ok: bool, what: str):
        if not ok:
            problems.append(what)

    # Pods: volumes, mounts, service accounts, userVolume annotations.
    for template in R.pod_templates(docs):
        spec = template["spec"]
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        need(_defined(docs, "ServiceAccount", spec.get("serviceAccountName", "default")),
             f"ServiceAccount {spec.get('serviceAccountName')}")
        for v in volumes.values():
            for key, kind, field in (("configMap", "ConfigMap", "name"), ("secret", "Secret", "secretName"),
                                     ("persistentVolumeClaim", "PersistentVolumeClaim", "claimName")):
                if key in v:
                    need(_defined(docs, kind, v[key][field]), f"{kind} {v[key][field]} (volume {v['name']})")
        for c in spec["containers"]:
            for m in c.get("volumeMounts", []):
                need(m["name"] in volumes, f"volume {m['name']} mounted by {c['name']}")
        annotations = template["metadata"].get("annotations", {})
        if "sidecar.istio.io/userVolume" in annotations:
            user = json.loads(annotations["sidecar.istio.io/userVolume"])
            mounts = json.loads(annotations["sidecar.istio.io/userVolumeMount"])
            need(set(mounts) == set(user), "userVolumeMount and userVolume differ")
            for name, v in user.items():
                # The filter image the WasmPlugin pulls, pinned to the same digest, and
                # its /plugin.wasm is the file the EnvoyFilter's wasm filter loads.
                plugin = yaml.safe_load((R.ISTIO / "components" / "wasm-filter" / "wasmplugin.yaml").read_text())
                repo = plugin["spec"]["url"].removeprefix("oci://").rsplit(":", 1)[0]
                need(v["image"]["reference"] == f"{repo}@sha256:{plugin['spec']['sha256']}",
                     f"image volume {v['image']['reference']}")
                files = {p["patch"]["value"]["typed_config"]["config"]["vm_config"]["code"]["local"]["filename"]
                         for p in R.envoy_filter_patches(docs, "HTTP_FILTER") if p["patch"]["value"]["name"] == "warden"}
                need(files == {f"{mounts[name]['mountPath']}/plugin.wasm"}, f"module path {files}")

    # Services select pods that have the target port.
    for svc in R.find(docs, "Service"):
        pods = R.selected_pods(docs, svc["spec"]["selector"])
        need(bool(pods), f"Service {svc['metadata']['name']} selects no pod")
        for port in svc["spec"]["ports"]:
            target = port.get("targetPort", port["port"])
            named = {p["name"]: p["containerPort"] for t in pods for c in t["spec"]["containers"]
                     for p in c.get("ports", [])}
            need(target in named if isinstance(target, str) else target in named.values(),
                 f"Service {svc['metadata']['name']} targetPort {target}")

    # Istio selectors select pods; ports they name are the pods' ports.
    for doc in docs:
        if "istio.io/" not in doc["apiVersion"]:
            continue
        labels = R.istio_selector(doc)
        if labels is None:
            continue
        pods = R.selected_pods(docs, labels)
        need(bool(pods), f"{doc['kind']} {doc['metadata']['name']} selects no pod")
        ports = set().union(*(R.container_ports(t) for t in pods)) if pods else set()
        spec = doc["spec"]
        named_ports = [p["number"] for m in spec.get("match", []) for p in m.get("ports", [])]
        named_ports += [p["match"]["listener"]["portNumber"] for p in spec.get("configPatches", [])
                        if "portNumber" in p.get("match", {}).get("listener", {})]
        named_ports += [int(p) for r in spec.get("rules", []) for t in r.get("to", [])
                        for p in t["operation"].get("ports", [])]
        for port in named_ports:
            need(port in ports, f"{doc['kind']} {doc['metadata']['name']} port {port} is no container port")
        for rule in spec.get("rules", []):
            for src in rule.get("from", []):
                for principal in src["source"].get("principals", []):
                    _, ns, _, sa = principal.split("/", 1)[1].split("/")
                    need(ns == "mcp" and _defined(docs, "ServiceAccount", sa), f"principal {principal}")

    # CUSTOM policies name a mesh provider whose host and port exist here.
    for policy in R.find(docs, "AuthorizationPolicy"):
        if policy["spec"]["action"] != "CUSTOM":
            continue
        provider = mesh.get(policy["spec"]["provider"]["name"])
        need(provider is not None, f"provider {policy['spec']['provider']['name']}")
        if provider:
            grpc = provider["envoyExtAuthzGrpc"]
            hosts = {f"{s['metadata']['name']}.{s['metadata']['namespace']}.svc.cluster.local":
                     {p["port"] for p in s["spec"]["ports"]} for s in R.find(docs, "Service")}
            for se in R.find(docs, "ServiceEntry"):
                for h in se["spec"]["hosts"]:
                    hosts[h] = {p["number"] for p in se["spec"]["ports"]}
            need(grpc["port"] in hosts.get(grpc["service"], set()),
                 f"provider {provider['name']} -> {grpc['service']}:{grpc['port']}")

    # DestinationRules name a host some Service or ServiceEntry defines.
    services = {s["metadata"]["name"] for s in R.find(docs, "Service")}
    entries = {h for se in R.find(docs, "ServiceEntry") for h in se["spec"]["hosts"]}
    for dr in R.find(docs, "DestinationRule"):
        host = dr["spec"]["host"]
        need(host in entries or host.split(".")[0] in services and host.count(".") in (0, 4),
             f"DestinationRule {dr['metadata']['name']} host {host}")

    # The warden container: config and policy files are mounted, warden listens
    # where its callers (ServiceEntry endpoint, filter cluster, Service) point.
    for template in R.pod_templates(docs):
        names = [c["name"] for c in template["spec"]["containers"]]
        if "warden" not in names:
            continue
        files = R.warden_files(docs, template)
        args = R.container(template, "warden")["args"]
        config_path = args[args.index("--config") + 1]
        need(config_path in files, f"warden config {config_path} not mounted")
        config = yaml.safe_load(files.get(config_path, "{}"))
        policy = Path(config_path).parent.joinpath(config["policy"]["file"]).resolve()
        need(str(policy) in files, f"policy {policy} not mounted")
        listen = R.warden_listen(template, docs)
        host, port = listen.rsplit(":", 1)
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            command = R.container(template, "warden")[probe]["exec"]["command"]
            need(command[1:] == ["health", "--addr", f"127.0.0.1:{port}"], f"{probe} checks {command}")
        if host == "127.0.0.1":
            for se in R.find(docs, "ServiceEntry"):
                need([e["address"] for e in se["spec"]["endpoints"]] == ["127.0.0.1"]
                     and [p["number"] for p in se["spec"]["ports"]] == [int(port)], "ServiceEntry endpoint")
            for patch in R.envoy_filter_patches(docs, "CLUSTER"):
                addr = patch["patch"]["value"]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]
                sock = addr["endpoint"]["address"]["socket_address"]
                need((sock["address"], sock["port_value"]) == (host, int(port)), "warden_sidecar cluster")
        else:
            svc = R.one(docs, "Service", "warden")
            need(any(R.container_ports(t) == {int(port)} for t in R.selected_pods(docs, svc["spec"]["selector"])),
                 "Service warden port")

    # The filter's sidecar cluster exists wherever the filter runs.
    filter_configs = [p["spec"]["pluginConfig"] for p in R.find(docs, "WasmPlugin")]
    filter_configs += [json.loads(p["patch"]["value"]["typed_config"]["config"]["configuration"]["value"])
                       for p in R.envoy_filter_patches(docs, "HTTP_FILTER")
                       if p["patch"]["value"]["name"] == "warden"]
    clusters = {p["patch"]["value"]["name"] for p in R.envoy_filter_patches(docs, "CLUSTER")}
    for cfg in filter_configs:
        need(cfg["sidecar"]["cluster"] in clusters, f"filter cluster {cfg['sidecar']['cluster']}")
    assert not problems, problems


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_proxy_exports_warden_metrics(overlay):
    for template in R.selected_pods(R.render(overlay), {"warden.io/protect": "true"}):
        config = yaml.safe_load(template["metadata"]["annotations"]["proxy.istio.io/config"])
        assert set(config) == {"proxyStatsMatcher"}
        assert set(config["proxyStatsMatcher"]) <= {"inclusionPrefixes", "inclusionSuffixes", "inclusionRegexps"}
        assert "wasmcustom.warden" in config["proxyStatsMatcher"]["inclusionPrefixes"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_header_hygiene_covers_every_identity_header(overlay):
    docs = R.render(overlay)
    stripped = {m["remove"] for p in R.envoy_filter_patches(docs, "HTTP_FILTER")
                if p["patch"]["value"]["name"] == "warden.strip_identity_headers"
                for m in p["patch"]["value"]["typed_config"]["mutations"]["request_mutations"]}
    assert [p["patch"]["operation"] for p in R.envoy_filter_patches(docs, "HTTP_FILTER")
            if p["patch"]["value"]["name"] == "warden.strip_identity_headers"] == ["INSERT_FIRST"]
    headers = {r["outputPayloadToHeader"] for ra in R.find(docs, "RequestAuthentication")
               for r in ra["spec"]["jwtRules"]}
    filter_config = yaml.safe_load((R.ISTIO / "base" / "filter-config.yaml").read_text())["spec"]
    headers |= {filter_config.get(k) for k in ("identityHeader", "jwtPayloadHeader")} - {None}
    for template in R.pod_templates(docs):
        if "warden" not in [c["name"] for c in template["spec"]["containers"]]:
            continue
        for path, text in R.warden_files(docs, template).items():
            if path.endswith("warden.yaml"):
                identity = yaml.safe_load(text).get("identity", {})
                headers |= {identity.get(k) for k in ("identityHeader", "jwtPayloadHeader")} - {None}
    assert headers and headers <= stripped, headers - stripped


@pytest.mark.parametrize("overlay", ["central", "sidecar-ext-authz"])
def test_custom_policy_covers_the_filter_paths(overlay):
    policy = R.one(R.render(overlay), "AuthorizationPolicy", "warden-mcp")
    paths = {p for r in policy["spec"]["rules"] for t in r["to"] for p in t["operation"]["paths"]}
    filter_config = yaml.safe_load((R.ISTIO / "base" / "filter-config.yaml").read_text())["spec"]
    assert {f"{p}*" for p in filter_config["mcpPaths"]} <= paths


def test_wasmplugin_is_pinned_and_fails_closed():
    plugin = R.one(R.render("sidecar"), "WasmPlugin")["spec"]
    assert plugin["url"].startswith("oci://")
    assert re.fullmatch(r"[0-9a-f]{64}", plugin["sha256"]) and set(plugin["sha256"]) != {"0"}
    assert plugin["failStrategy"] == "FAIL_CLOSE"
    assert plugin["phase"] == "AUTHZ" and "Filter phase" in README
    assert plugin["pluginConfig"] == yaml.safe_load((R.ISTIO / "base" / "filter-config.yaml").read_text())["spec"]


def test_envoyfilter_variant_carries_the_same_filter_config():
    [patch] = [p for p in R.envoy_filter_patches(R.render("envoyfilter"), "HTTP_FILTER")
               if p["patch"]["value"]["name"] == "warden"]
    configuration = patch["patch"]["value"]["typed_config"]["config"]["configuration"]
    assert configuration["@type"].endswith("google.protobuf.StringValue")
    spec = yaml.safe_load((R.ISTIO / "base" / "filter-config.yaml").read_text())["spec"]
    assert json.loads(configuration["value"]) == spec
    assert patch["patch"]["value"]["typed_config"]["config"]["fail_open"] is False


# -- Envoy as istiod would configure it ------------------------------------------------------

def _filter_chain(docs, module: Path, jwks: dict | None = None, *, hygiene: bool = True,
                  jwt: bool = True) -> tuple[list[dict], list[dict]]:
    """HTTP filters and clusters istiod would give the MCP pod's inbound listener
    (`hygiene`/`jwt` False: without the header-hygiene EnvoyFilter / without a
    RequestAuthentication, for control runs)."""
    patches = R.envoy_filter_patches(docs, "HTTP_FILTER")
    first = [p["patch"]["value"] for p in patches if p["patch"]["operation"] == "INSERT_FIRST"]
    filters = first if hygiene else []
    if jwt:
        filters.append(R.jwt_authn(docs, jwks or _jwt_and_jwks("i", "a", "s")[1]))
    for plugin in R.find(docs, "WasmPlugin"):
        filters.append(R.wasm_from_wasmplugin(plugin, module))
    for p in patches:
        if p["patch"]["operation"] == "INSERT_BEFORE" and p["patch"]["value"]["name"] == "warden":
            wasm = json.loads(json.dumps(p["patch"]["value"]))
            wasm["typed_config"]["config"]["vm_config"]["code"]["local"]["filename"] = str(module)
            filters.append(wasm)
    clusters = [p["patch"]["value"] for p in R.envoy_filter_patches(docs, "CLUSTER")]
    return filters, clusters


@pytest.mark.parametrize("overlay", ["sidecar", "envoyfilter"])
def test_filter_config_accepted_by_envoy_and_the_filter(overlay, tmp_path):
    filters, clusters = _filter_chain(R.render(overlay), S.WASM)
    assert any("wasm" in f["typed_config"]["@type"] for f in filters)
    out = R.envoy_validate(R.bootstrap(filters, clusters, upstream_port=8000), tmp_path / "envoy.yaml")
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize("overlay", ["sidecar", "envoyfilter"])
def test_filter_on_configure_rejection_fails_validation(overlay, tmp_path):
    docs = json.loads(json.dumps(R.render(overlay)))
    for plugin in R.find(docs, "WasmPlugin"):
        plugin["spec"]["pluginConfig"]["toolDenylist"] = ["x"]
    for p in R.envoy_filter_patches(docs, "HTTP_FILTER"):
        if p["patch"]["value"]["name"] == "warden":
            configuration = p["patch"]["value"]["typed_config"]["config"]["configuration"]
            configuration["value"] = json.dumps({**json.loads(configuration["value"]), "toolDenylist": ["x"]})
    filters, clusters = _filter_chain(docs, S.WASM)
    out = R.envoy_validate(R.bootstrap(filters, clusters, upstream_port=8000), tmp_path / "envoy.yaml")
    assert out.returncode != 0


def test_example_filter_config_accepted_by_the_filter(tmp_path):
    """examples/filter-config.json (every guard configured) loads in the real filter."""
    plugin = json.loads((S.ROOT / "examples" / "filter-config.json").read_text())
    config = S.render_envoy("warden.yaml", upstream_port=8000, sidecar_port=9191, plugin_config=plugin)
    out = R.envoy_validate(config, tmp_path / "envoy.yaml")
    assert out.returncode == 0, out.stdout + out.stderr


def _ext_authz_chain(docs, jwks: dict | None = None, listen_port: int | None = None) -> tuple[list[dict], list[dict]]:
    policy = R.one(docs, "AuthorizationPolicy", "warden-mcp")
    provider = next(p for p in R.mesh_config()["extensionProviders"]
                    if p["name"] == policy["spec"]["provider"]["name"])
    grpc = provider["envoyExtAuthzGrpc"]
    cluster = f"outbound|{grpc['port']}||{grpc['service']}"
    [ext] = R.ext_authz_from_provider(provider, cluster)
    filters = [p["patch"]["value"] for p in R.envoy_filter_patches(docs, "HTTP_FILTER")
               if p["patch"]["operation"] == "INSERT_FIRST"]
    filters += [R.jwt_authn(docs, jwks or _jwt_and_jwks("i", "a", "s")[1]), R.rbac_shadow(policy, {R.MCP_PORT: listen_port} if listen_port else None),
                {"name": "envoy.filters.http.ext_authz", "typed_config": {
                    "@type": "type.googleapis.com/envoy.extensions.filters.http.ext_authz.v3.ExtAuthz", **ext}}]
    return filters, [R.grpc_cluster(cluster, "127.0.0.1", grpc["port"])]


@pytest.mark.parametrize("overlay", ["central", "sidecar-ext-authz"])
def test_ext_authz_provider_accepted_by_envoy(overlay, tmp_path):
    filters, clusters = _ext_authz_chain(R.render(overlay))
    out = R.envoy_validate(R.bootstrap(filters, clusters, upstream_port=8000), tmp_path / "envoy.yaml")
    assert out.returncode == 0, out.stdout + out.stderr
    # The check fails closed: translated from failOpen: false.
    ext = next(f for f in filters if f["name"] == "envoy.filters.http.ext_authz")
    assert ext["typed_config"]["failure_mode_allow"] is False


# -- live: the rendered sidecar overlay, run for real ------------------------------------------

def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt_and_jwks(issuer: str, audience: str, sub: str) -> tuple[str, dict]:
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    key = ec.generate_private_key(ec.SECP256R1())
    nums = key.public_key().public_numbers()
    jwks = {"keys": [{"kty": "EC", "crv": "P-256", "kid": "test", "alg": "ES256", "use": "sig",
                      "x": _b64(nums.x.to_bytes(32, "big")), "y": _b64(nums.y.to_bytes(32, "big"))}]}
    header = _b64(json.dumps({"alg": "ES256", "typ": "JWT", "kid": "test"}).encode())
    now = int(time.time())
    payload = _b64(json.dumps({"iss": issuer, "aud": audience, "sub": sub, "iat": now,
                               "exp": now + 600}).encode())
    r, s = decode_dss_signature(key.sign(f"{header}.{payload}".encode(), ec.ECDSA(hashes.SHA256())))
    return f"{header}.{payload}.{_b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}", jwks


def _spawn_envoy(stack, workdir, name: str, config: dict):
    path = workdir / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config))
    admin_file = workdir / f"{name}.admin"
    envoy = stack.spawn(name, [S.envoy_binary(), "-c", str(path), "--disable-hot-restart",
                               "--concurrency", "1", "-l", "warning", "--admin-address-path", str(admin_file)])
    return envoy, admin_file


def _listener_port(name: str, envoy, admin_file: Path) -> int:
    admin = int(S.wait_until(lambda: admin_file.read_text().strip(), name, proc=envoy.popen).rsplit(":", 1)[1])
    S.wait_until(lambda: S.http_get(admin, "/ready")[0] == 200, f"{name} ready", proc=envoy.popen)
    _, body = S.http_get(admin, "/listeners?format=json")
    return json.loads(body)["listener_statuses"][0]["local_address"]["socket_address"]["port_value"]


@pytest.fixture(scope="module")
def live_sidecar_overlay(stack, workdir):
    """Envoy configured as istiod would from the `sidecar` overlay, the warden
    sidecar started from the rendered ConfigMaps, and a real MCP server; plus a
    control Envoys: without RequestAuthentication, with and without header hygiene."""
    docs = R.render("sidecar")
    template = R.one(docs, "Deployment", "mcp-server")["spec"]["template"]
    config_file = R.materialise_warden(docs, template, workdir / "pod")
    check = subprocess.run([str(S.warden_binary()), "check", str(config_file)],
                           capture_output=True, text=True, timeout=30)
    assert check.returncode == 0, check.stderr
    ready = workdir / "pod-warden.addr"
    warden = stack.spawn("pod-warden", [str(S.warden_binary()), "serve", "--config", str(config_file),
                                        "--listen", "127.0.0.1:0", "--ready-file", str(ready)])
    addr = S.wait_until(lambda: ready.read_text().strip(), "warden", proc=warden.popen)
    _, upstream = stack.demo_server(json_response=True)
    rule = R.one(docs, "RequestAuthentication")["spec"]["jwtRules"][0]
    token, jwks = _jwt_and_jwks(rule["issuer"], rule["audiences"][0], "agent-7")
    envoys = {}
    for name, hygiene, jwt in (("full", True, True), ("no-jwt", True, False), ("bare", False, False)):
        filters, clusters = _filter_chain(docs, S.WASM, jwks, hygiene=hygiene, jwt=jwt)
        clusters = [R.with_port(c, int(addr.rsplit(":", 1)[1])) for c in clusters]
        envoys[name] = _spawn_envoy(stack, workdir, f"istio-envoy-{name}",
                                    R.bootstrap(filters, clusters, upstream_port=upstream))
    ports = {name: _listener_port(name, *envoy) for name, envoy in envoys.items()}
    return {"port": ports["full"], "no_jwt_port": ports["no-jwt"], "bare_port": ports["bare"],
            "token": token, "warden": warden, "addr": addr}


def _post(port: int, message: dict, headers: dict) -> tuple[int, dict, dict]:
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("POST", "/mcp", body=json.dumps(message), headers={
            "content-type": "application/json", "accept": "application/json, text/event-stream", **headers})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, json.loads(data) if data else {}
    finally:
        conn.close()


def _call(port: int, tool: str, headers: dict) -> dict:
    """initialize, then tools/call in that session; the first JSON-RPC error or the result."""
    status, reply_headers, reply = _post(port, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {},
        "clientInfo": {"name": "istio-test", "version": "1"}}}, headers)
    if "error" in reply:
        return reply
    assert status == 200, (status, reply)
    session = {"mcp-session-id": reply_headers["mcp-session-id"], "mcp-protocol-version": "2025-06-18"}
    _post(port, {"jsonrpc": "2.0", "method": "notifications/initialized"}, {**headers, **session})
    _, _, reply = _post(port, {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
                               "params": {"name": tool, "arguments": {"a": 1, "b": 2}}}, {**headers, **session})
    return reply


def test_live_verified_jwt_identity_reaches_the_sidecar(live_sidecar_overlay):
    live = live_sidecar_overlay
    reply = _call(live["port"], "add", {"authorization": f"Bearer {live['token']}"})
    assert "result" in reply and not reply["result"].get("isError"), reply
    # No identity at all: the policy needs one.
    assert "error" in _call(live["port"], "add", {})


def test_live_forged_payload_header_is_stripped(live_sidecar_overlay):
    live = live_sidecar_overlay
    forged = {"x-jwt-payload": _b64(json.dumps({"iss": "https://idp.example.com", "sub": "admin"}).encode())}
    # The threat is real: with no jwt_authn in front (no RequestAuthentication
    # applied) and no hygiene, the forged payload is taken as an identity.
    assert "result" in _call(live["bare_port"], "add", forged)
    # The hygiene filter alone removes it: the call is anonymous and refused.
    assert "error" in _call(live["no_jwt_port"], "add", forged)
    # And in the full chain (hygiene, then jwt_authn) too.
    assert "error" in _call(live["port"], "add", forged)


def test_live_denied_tool_is_refused_with_a_token(live_sidecar_overlay):
    live = live_sidecar_overlay
    reply = _call(live["port"], "exec_shell", {"authorization": f"Bearer {live['token']}"})
    assert "error" in reply, reply


def test_live_health_probe_command(live_sidecar_overlay):
    live = live_sidecar_overlay
    docs = R.render("sidecar")
    probe = R.container(R.one(docs, "Deployment", "mcp-server")["spec"]["template"], "warden")
    argv = probe["readinessProbe"]["exec"]["command"]
    assert argv[0] == "/usr/local/bin/warden"
    run = lambda: subprocess.run([str(S.warden_binary()), *argv[1:-1], live["addr"]],  # noqa: E731
                                 capture_output=True, text=True, timeout=30)
    ok = run()
    assert ok.returncode == 0 and "SERVING" in ok.stdout, ok.stderr
    live["warden"].stop()
    assert run().returncode != 0


@pytest.fixture(scope="module")
def live_ext_authz_overlay(stack, workdir):
    """Envoy shaped by the `sidecar-ext-authz` overlay and the mesh provider (shadow
    RBAC marks the CUSTOM policy's requests, ext_authz checks them with warden)."""
    docs = R.render("sidecar-ext-authz")
    template = R.one(docs, "Deployment", "mcp-server")["spec"]["template"]
    config_file = R.materialise_warden(docs, template, workdir / "pod-ext-authz")
    ready = workdir / "pod-ext-authz.addr"
    warden = stack.spawn("pod-ext-authz-warden", [str(S.warden_binary()), "serve", "--config", str(config_file),
                                                  "--listen", "127.0.0.1:0", "--ready-file", str(ready)])
    addr = S.wait_until(lambda: ready.read_text().strip(), "warden", proc=warden.popen)
    _, upstream = stack.demo_server(json_response=True)
    rule = R.one(docs, "RequestAuthentication")["spec"]["jwtRules"][0]
    token, jwks = _jwt_and_jwks(rule["issuer"], rule["audiences"][0], "agent-9")
    # The policy names the pod's port 8000; here the listener is on a free port.
    port = S.free_port()
    filters, clusters = _ext_authz_chain(docs, jwks, listen_port=port)
    clusters = [R.with_port(c, int(addr.rsplit(":", 1)[1])) for c in clusters]
    envoy = _spawn_envoy(stack, workdir, "istio-envoy-ext-authz",
                         R.bootstrap(filters, clusters, upstream_port=upstream, listen_port=port))
    return {"port": _listener_port("ext-authz", *envoy), "token": token, "warden": warden}


def test_live_ext_authz_decides_mcp_paths_and_fails_closed(live_ext_authz_overlay):
    live = live_ext_authz_overlay
    bearer = {"authorization": f"Bearer {live['token']}"}
    reply = _call(live["port"], "add", bearer)
    assert "result" in reply and not reply["result"].get("isError"), reply
    assert "error" in _call(live["port"], "exec_shell", bearer)
    assert "error" in _call(live["port"], "add", {})
    # Outside the policy's paths warden is not asked; on them, no warden, no traffic.
    live["warden"].stop()
    assert S.http_get(live["port"], "/health")[0] == 200
    status, _, _ = _post(live["port"], {"jsonrpc": "2.0", "id": 1, "method": "ping"}, bearer)
    assert status == 503


# -- images ---------------------------------------------------------------------------------

CONTAINERFILES = [S.ROOT / "images" / "warden" / "Containerfile", S.ROOT / "images" / "filter" / "Containerfile"]


def test_containerfiles_lint_clean():
    out = subprocess.run([str(S.VENV_BIN / "hadolint"), *map(str, CONTAINERFILES)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def _stages(path: Path) -> list[list[str]]:
    stages: list[list[str]] = []
    for line in path.read_text().splitlines():
        if line.startswith("FROM "):
            stages.append([])
        if stages and line and not line.startswith("#"):
            stages[-1].append(line)
    return stages


def _make_recipe(target: str) -> list[str]:
    out = subprocess.run(["make", "-n", "-C", str(S.ROOT), target], capture_output=True, text=True,
                         timeout=60, check=True)
    return [l for l in out.stdout.splitlines() if l.startswith("cargo ")]


def test_warden_image_copies_the_build_output_as_non_root():
    build, final = _stages(CONTAINERFILES[0])
    assert "RUN make warden-release" in build
    # `make build` runs the same cargo command for the binary the image copies.
    [cargo] = _make_recipe("warden-release")
    assert cargo in _make_recipe("build") and "--release -p warden" in cargo
    assert final[0].startswith("FROM gcr.io/distroless/cc-debian12:nonroot")
    assert "COPY --from=build /src/target/release/warden /usr/local/bin/warden" in final
    user = next(l for l in final if l.startswith("USER ")).split()[1]
    uid, gid = (int(x) for x in user.split(":"))
    assert uid != 0 and gid != 0
    # The manifests run the same user and the binary where the image puts it.
    template = R.one(R.render("sidecar"), "Deployment", "mcp-server")["spec"]["template"]
    warden = R.container(template, "warden")
    assert warden["securityContext"]["runAsUser"] == uid
    assert warden["livenessProbe"]["exec"]["command"][0] == "/usr/local/bin/warden"


def test_warden_binary_runs_on_the_distroless_base():
    """distroless cc-debian12 has glibc 2.36, libgcc_s and nothing else: the binary
    the build produces for this target must need no more."""
    binary = S.warden_binary()
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]",
                        subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True,
                                       check=True).stdout)
    assert needed and set(needed) <= {"libc.so.6", "libm.so.6", "libgcc_s.so.1", "libpthread.so.0",
                                      "libdl.so.2", "librt.so.1", "ld-linux-x86-64.so.2"}, needed
    symbols = subprocess.run(["readelf", "-V", "--wide", str(binary)], capture_output=True, text=True,
                             check=True).stdout
    versions = {tuple(map(int, v.split("."))) for v in re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", symbols)}
    assert versions and max(versions) <= (2, 36), max(versions)


def test_filter_image_is_the_wasm_build_output():
    build, final = _stages(CONTAINERFILES[1])
    assert "RUN make wasm" in build
    assert final[0] == "FROM scratch"
    assert f"COPY --from=build /src/{S.WASM.relative_to(S.ROOT)} /plugin.wasm" in final


def test_wasm_oci_image_is_reproducible_and_holds_the_module(tmp_path):
    module = S.WASM.read_bytes()
    first = wasm_oci.build(module, tmp_path / "a", "0.1.0")
    second = wasm_oci.build(module, tmp_path / "b", "0.1.0")
    assert first == second and re.fullmatch(r"sha256:[0-9a-f]{64}", first)
    layout = tmp_path / "a"
    index = json.loads((layout / "index.json").read_text())
    [entry] = index["manifests"]
    blob = lambda d: (layout / "blobs" / "sha256" / d.removeprefix("sha256:")).read_bytes()  # noqa: E731
    manifest_bytes = blob(entry["digest"])
    assert entry["digest"] == first == "sha256:" + hashlib.sha256(manifest_bytes).hexdigest()
    manifest = json.loads(manifest_bytes)
    [layer] = manifest["layers"]
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(blob(layer["digest"])))) as tar:
        assert tar.getnames() == ["plugin.wasm"]
        assert tar.extractfile("plugin.wasm").read() == module
    config = json.loads(blob(manifest["config"]["digest"]))
    assert config["rootfs"]["diff_ids"] == ["sha256:" + hashlib.sha256(gzip.decompress(blob(layer["digest"]))).hexdigest()]
    # A different module, a different digest: the WasmPlugin pin means something.
    assert wasm_oci.build(module + b"\0", tmp_path / "c", "0.1.0") != first


def test_wasm_oci_pin_rewrites_only_the_sha256(tmp_path):
    source = R.ISTIO / "components" / "wasm-filter" / "wasmplugin.yaml"
    copy = tmp_path / "wasmplugin.yaml"
    copy.write_text(source.read_text())
    wasm_oci.pin(copy, "sha256:" + "ab" * 32)
    before, after = yaml.safe_load(source.read_text()), yaml.safe_load(copy.read_text())
    assert after["spec"]["sha256"] == "ab" * 32
    after["spec"]["sha256"] = before["spec"]["sha256"]
    assert before == after
    mount = R.ISTIO / "components" / "envoyfilter-filter" / "mount-module.yaml"
    copy.write_text(mount.read_text())
    wasm_oci.pin(copy, "sha256:" + "cd" * 32)
    assert copy.read_text() == re.sub(r"@sha256:[0-9a-f]{64}", "@sha256:" + "cd" * 32, mount.read_text())
    assert copy.read_text() != mount.read_text()
    copy.write_text("kind: ConfigMap\n")
    with pytest.raises(SystemExit):
        wasm_oci.pin(copy, "sha256:" + "cd" * 32)
