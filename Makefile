# Warden: `make run` starts the demo stack, `make test` runs every check.
# Everything a fresh machine needs is installed from here (rustup targets, a
# project-local Python venv with Envoy and the MCP SDK).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
ENVOY     := $(VENV)/bin/envoy
WASM      := target/wasm32-wasip1/wasm/warden_filter.wasm
WASM_ARGS := -p warden-filter --target wasm32-wasip1 --profile wasm
CARGO     ?= cargo

.PHONY: help setup toolchain venv wasm build build-debug run test lint unit e2e validate bench eval clean \
	warden-release wasm-image kustomize fuzz fuzz-tools fuzz-smoke fuzz-lint fuzz-regressions chromium audit-bench train guards guards-lint guest-targets reliability bench-floor

help:
	@echo "make run    build everything and start Envoy + Warden + demo MCP server"
	@echo "make test   fmt, clippy (host + wasm32), unit tests, Envoy config validation, end-to-end"
	@echo "make bench  load benchmark through Envoy (passthrough vs Warden)"
	@echo "make eval   detection quality: leave-one-source-out first, then dev set"
	@echo "make train  retrain the learned models (tool poisoning, argument injection)"
	@echo "make fuzz   each cargo-fuzz target for FUZZ_SECONDS (default 60), then the regressions"
	@echo "make guards build the WebAssembly guard components into target/guards/"
	@echo "make reliability  fault tests, short fuzz pass, 2-minute soak (SOAK_MINUTES=10), summary table"

setup: toolchain venv

toolchain:
	@rustup show active-toolchain >/dev/null
	@rustup target list --installed | grep -qx wasm32-wasip1 || rustup target add wasm32-wasip1

venv: $(VENV)/.installed

$(VENV)/.installed: tests/requirements.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r tests/requirements.txt
	@touch $@

wasm: toolchain
	$(CARGO) build $(WASM_ARGS)

build: wasm warden-release

# The release binary alone: what images/warden/Containerfile runs and copies.
warden-release:
	$(CARGO) build --release -p warden

build-debug: wasm
	$(CARGO) build -p warden

run: setup build
	$(PY) tests/e2e/stack.py run

lint: toolchain
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy -p warden-filter -p warden-core --target wasm32-wasip1 -- -D warnings
	$(CARGO) clippy -p warden --no-default-features --all-targets -- -D warnings
	$(MAKE) --no-print-directory fuzz-lint
	$(MAKE) --no-print-directory guards-lint
	cd bench/floor && $(CARGO) fmt -- --check && \
		CARGO_TARGET_DIR=../../target/bench-floor $(CARGO) clippy $(FLOOR_ARGS) -- -D warnings

unit: guards
	$(CARGO) test --workspace
	cd examples/guards && CARGO_TARGET_DIR=$(GUEST_TARGET) $(CARGO) test --quiet

validate: venv wasm
	@for f in envoy/*.yaml; do \
		echo "envoy --mode validate $$f"; \
		$(ENVOY) --mode validate -c $$f -l warning --disable-hot-restart >/dev/null; \
	done

# Headless Chromium renders the audit report in the e2e tests.
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

e2e: venv build-debug guards kustomize chromium
	cd tests/e2e && ../../$(PY) -m pytest -p no:cacheprovider --timeout 120 -q -m "not reliability" .

test: setup lint unit fuzz-smoke validate e2e

bench: setup build guards bench-floor
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) bench/bench.py

# The proxy-wasm floor (bench/floor): a filter that reads what Warden's reads
# and judges nothing, measured beside it by `make bench`.
FLOOR_ARGS := --quiet --release --target wasm32-wasip1
bench-floor: toolchain
	cd bench/floor && CARGO_TARGET_DIR=../../target/bench-floor $(CARGO) build $(FLOOR_ARGS)

eval: venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r scripts/requirements-eval.txt
	$(CARGO) build --release -p warden-core --example scan_tools --example scan_text --example tool_features --example arg_features
	bash scripts/eval.sh

# Retrain the learned models: tool poisoning (core/models/poisoning.json) and
# prompt injection in arguments (core/models/argument_injection.json), each
# with its .sha256.
train: venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r scripts/requirements-eval.txt
	$(CARGO) build --release -p warden-core --example tool_features --example arg_features
	$(PY) scripts/train_poisoning.py
	$(PY) scripts/train_arguments.py

clean:
	$(CARGO) clean
	rm -rf $(VENV)

# --- Istio / Kubernetes (istio/README.md) ---------------------------------------

# The filter as a Wasm OCI image layout (target/oci/warden-filter), reproducible;
# pins its digest in the WasmPlugin and the EnvoyFilter variant's image volume.
# Push with skopeo/oras, digest unchanged.
wasm-image: wasm
	python3 scripts/wasm_oci.py $(WASM) target/oci/warden-filter --tag 0.1.0 \
		--pin istio/components/wasm-filter/wasmplugin.yaml \
		--pin istio/components/envoyfilter-filter/mount-module.yaml

# kustomize (inside kubectl) renders istio/overlays/*; installed into the venv
# from PyPI when the machine has no kubectl with kustomize v5.
kustomize: venv
	@if [ -x $(VENV)/bin/kubectl ]; then :; \
	elif command -v kubectl >/dev/null && kubectl version --client 2>/dev/null | grep -q 'Kustomize Version: v5'; then :; \
	else $(PY) scripts/install_kubectl.py $(VENV)/bin; fi
# --- fuzzing (fuzz/ is a cargo-fuzz workspace of its own; see fuzz/README.md) ---
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := jsonrpc sse_chunks request_diff response_diff policy check_request tokens audit_recovery
FUZZ_MANIFEST := --manifest-path fuzz/Cargo.toml

fuzz-tools:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked

fuzz-lint:
	$(CARGO) fmt $(FUZZ_MANIFEST) -- --check
	$(CARGO) clippy $(FUZZ_MANIFEST) --no-default-features --all-targets -- -D warnings

# The `make test` smoke: every committed corpus file through its target's
# property, on stable, without libFuzzer.
fuzz-smoke:
	$(CARGO) test $(FUZZ_MANIFEST) --no-default-features

# Fuzz each target for FUZZ_SECONDS. New inputs go to fuzz/work/ (the committed
# corpus is read, never written); a failing input lands in fuzz/artifacts/.
fuzz: fuzz-tools
	$(CARGO) +nightly fuzz build --fuzz-dir fuzz
	@failed=""; for t in $(FUZZ_TARGETS); do \
		mkdir -p fuzz/work/$$t; \
		case $$t in sse_chunks) dict=sse;; *) dict=json;; esac; \
		echo "== fuzz $$t for $(FUZZ_SECONDS)s"; \
		$(CARGO) +nightly fuzz run --fuzz-dir fuzz $$t fuzz/work/$$t fuzz/corpus/$$t -- \
			-max_total_time=$(FUZZ_SECONDS) -max_len=4096 -dict=fuzz/dict/$$dict.dict \
			-print_final_stats=1 || failed="$$failed $$t"; \
	done; \
	$(MAKE) --no-print-directory fuzz-regressions || failed="$$failed regressions"; \
	if [ -n "$$failed" ]; then echo "fuzz: failures in:$$failed (inputs in fuzz/artifacts/)"; exit 1; fi

# Bypasses found in the pipeline before issue #7's traffic fixes, through the
# Rust properties and the Python-json differential.
fuzz-regressions: venv
	$(CARGO) build -p warden
	@rc=0; \
	$(CARGO) test $(FUZZ_MANIFEST) --no-default-features -- --ignored || rc=1; \
	$(PY) tests/diff/pydiff.py --mutations 400 fuzz/corpus fuzz/regressions || rc=1; \
	exit $$rc

# WebAssembly guard components: the examples, plus the hostile and
# foreign-version guards the tests load. Own workspaces, shared target dir.
# The examples build for wasm32-unknown-unknown, linked into components with
# the toolchain's wasm-component-ld (examples/guards/.cargo/config.toml), so
# they import only the `guard` world: no WASI. The test guards stay on
# wasm32-wasip2, whose WASI imports the host must answer or trap.
GUARDS        := target/guards
GUEST_TARGET  := $(CURDIR)/target/guest
EXAMPLE_OUT   := $(GUEST_TARGET)/wasm32-unknown-unknown/release
TEST_OUT      := $(GUEST_TARGET)/wasm32-wasip2/release
EXAMPLE_RUST  := simple_pattern_guard server_spoofing_guard
TEST_GUARDS   := hostile_guard future_guard
GUEST_TARGETS := wasm32-unknown-unknown wasm32-wasip2

guest-targets:
	@for t in $(GUEST_TARGETS); do rustup target list --installed | grep -qx $$t || rustup target add $$t; done

guards: guest-targets $(GUARDS)/python_guard.wasm
	cd examples/guards && CARGO_TARGET_DIR=$(GUEST_TARGET) $(CARGO) build --quiet --release --target wasm32-unknown-unknown
	cd tests/guards && CARGO_TARGET_DIR=$(GUEST_TARGET) $(CARGO) build --quiet --release --target wasm32-wasip2
	@mkdir -p $(GUARDS)
	@for g in $(EXAMPLE_RUST); do cp $(EXAMPLE_OUT)/$$g.wasm $(GUARDS)/; done
	@for g in $(TEST_GUARDS); do cp $(TEST_OUT)/$$g.wasm $(GUARDS)/; done

# The guest workspaces, linted for their target. --release shares the proc
# macros (wit-bindgen) `make guards` compiles.
guards-lint: guest-targets
	@for w in examples/guards:wasm32-unknown-unknown tests/guards:wasm32-wasip2; do \
		(cd $${w%%:*} && $(CARGO) fmt --all -- --check && \
		 CARGO_TARGET_DIR=$(GUEST_TARGET) $(CARGO) clippy --quiet --release --target $${w##*:} -- -D warnings) || exit 1; \
	done
	@# The example guards' unit tests run on the host: lint that build too.
	cd examples/guards && CARGO_TARGET_DIR=$(GUEST_TARGET) $(CARGO) clippy --quiet --all-targets -- -D warnings

$(GUARDS)/python_guard.wasm: examples/guards/python-guard/app.py wit/guard.wit | venv
	@mkdir -p $(GUARDS)
	$(VENV)/bin/componentize-py -d wit -w guard componentize app -p examples/guards/python-guard -o $@.tmp
	@mv $@.tmp $@

# --- reliability (README "Reliability"): every fault test (the slow ones are
# marked `reliability` and left out of `make test`), a short fuzz pass and a
# soak through Envoy + filter + sidecar; prints the summary table. The fault
# tests mount a small tmpfs, so this needs root (as the CI runner is).
SOAK_MINUTES ?= 2
RELIABILITY_FUZZ_SECONDS ?= 10

reliability: venv build-debug guards fuzz-tools
	SOAK_MINUTES=$(SOAK_MINUTES) RELIABILITY_FUZZ_SECONDS=$(RELIABILITY_FUZZ_SECONDS) $(PY) scripts/reliability.py
