#!/usr/bin/env python3
"""Package the filter module as a Wasm OCI image for Istio's WasmPlugin, without a
container engine, reproducibly: the same module always gives the same manifest
digest (fixed timestamps, owners and gzip header), which is the `sha256` the
WasmPlugin pins.

The image is the layout `podman build -f images/filter/Containerfile` describes:
one gzip layer holding `plugin.wasm` at the root. It is written as an OCI image
layout directory; push it unchanged (digest preserved) with e.g.
    skopeo copy oci:target/oci/warden-filter:0.1.0 docker://REGISTRY/warden/warden-filter:0.1.0

usage: wasm_oci.py MODULE OUT_DIR [--tag 0.1.0] [--pin MANIFEST]...
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import shutil
import sys
import tarfile
from pathlib import Path

MANIFEST = "application/vnd.oci.image.manifest.v1+json"
CONFIG = "application/vnd.oci.image.config.v1+json"
LAYER = "application/vnd.oci.image.layer.v1.tar+gzip"


def _json(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def layer_tar(module: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        info = tarfile.TarInfo("plugin.wasm")
        info.size, info.mode, info.mtime = len(module), 0o444, 0
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        tar.addfile(info, io.BytesIO(module))
    return buf.getvalue()


def build(module: bytes, out: Path, tag: str) -> str:
    """Write the image layout to `out` (replaced) and return the manifest digest."""
    tar = layer_tar(module)
    layer = gzip.compress(tar, compresslevel=9, mtime=0)
    config = _json({
        "architecture": "amd64",
        "os": "linux",
        "config": {},
        "rootfs": {"type": "layers", "diff_ids": [_digest(tar)]},
    })
    manifest = _json({
        "schemaVersion": 2,
        "mediaType": MANIFEST,
        "config": {"mediaType": CONFIG, "digest": _digest(config), "size": len(config)},
        "layers": [{"mediaType": LAYER, "digest": _digest(layer), "size": len(layer)}],
    })
    if out.exists():
        shutil.rmtree(out)
    blobs = out / "blobs" / "sha256"
    blobs.mkdir(parents=True)
    for blob in (layer, config, manifest):
        (blobs / _digest(blob).removeprefix("sha256:")).write_bytes(blob)
    (out / "oci-layout").write_bytes(_json({"imageLayoutVersion": "1.0.0"}))
    (out / "index.json").write_bytes(_json({
        "schemaVersion": 2,
        "manifests": [{
            "mediaType": MANIFEST,
            "digest": _digest(manifest),
            "size": len(manifest),
            "annotations": {"org.opencontainers.image.ref.name": tag},
        }],
    }))
    return _digest(manifest)


def pin(manifest: Path, digest: str) -> None:
    """Pin `digest` in a manifest: the WasmPlugin's `sha256:` line, or an image
    reference's `@sha256:` (the EnvoyFilter variant's image volume). Exactly one."""
    text = manifest.read_text()
    hexdigest = digest.removeprefix("sha256:")
    text, lines = re.subn(r'(?m)^(  sha256: )"?[0-9a-f]*"?$', rf'\g<1>"{hexdigest}"', text)
    text, refs = re.subn(r"@sha256:[0-9a-f]{64}", f"@sha256:{hexdigest}", text)
    if lines + refs != 1:
        raise SystemExit(f"{manifest}: expected one digest to pin, found {lines + refs}")
    manifest.write_text(text)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--tag", default="0.1.0")
    parser.add_argument("--pin", type=Path, action="append", default=[],
                        help="manifest whose digest to set (repeatable)")
    args = parser.parse_args(argv)
    digest = build(args.module.read_bytes(), args.out, args.tag)
    for manifest in args.pin:
        pin(manifest, digest)
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
