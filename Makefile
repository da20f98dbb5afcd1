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

.PHONY: help setup toolchain venv wasm build build-debug run test lint unit e2e validate bench eval clean guards

help:
	@echo "make run    build everything and start Envoy + Warden + demo MCP server"
	@echo "make test   fmt, clippy (host + wasm32), unit tests, Envoy config validation, end-to-end"
	@echo "make bench  load benchmark through Envoy (passthrough vs Warden)"
	@echo "make eval   detection quality on ../shared/eval"
	@echo "make guards build the WebAssembly guard components into target/guards/"

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

build: wasm
	$(CARGO) build --release -p warden

build-debug: wasm
	$(CARGO) build -p warden

run: setup build
	$(PY) tests/e2e/stack.py run

lint: toolchain
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy -p warden-filter -p warden-core --target wasm32-wasip1 -- -D warnings

unit: guards
	$(CARGO) test --workspace

validate: venv wasm
	@for f in envoy/*.yaml; do \
		echo "envoy --mode validate $$f"; \
		$(ENVOY) --mode validate -c $$f -l warning --disable-hot-restart >/dev/null; \
	done

e2e: venv build-debug guards
	cd tests/e2e && ../../$(PY) -m pytest -p no:cacheprovider --timeout 120 -q .

test: setup lint unit validate e2e

bench: setup build
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) bench/bench.py --sidecar

eval: build
	bash scripts/eval.sh

clean:
	$(CARGO) clean
	rm -rf $(VENV)

# WebAssembly guard components (wasm32-wasip2): the examples, plus the hostile
# and foreign-version guards the tests load. Own workspaces, shared target dir.
GUARDS       := target/guards
GUEST_TARGET := $(CURDIR)/target/guest
GUEST_OUT    := $(GUEST_TARGET)/wasm32-wasip2/release
RUST_GUARDS  := simple_pattern_guard server_spoofing_guard hostile_guard future_guard

guards: $(GUARDS)/python_guard.wasm
	@rustup target list --installed | grep -qx wasm32-wasip2 || rustup target add wasm32-wasip2
	cd examples/guards && CARGO_TARGET_DIR=$(GUEST_TARGET) $(CARGO) build --quiet --release --target wasm32-wasip2
	cd tests/guards && CARGO_TARGET_DIR=$(GUEST_TARGET) $(CARGO) build --quiet --release --target wasm32-wasip2
	@mkdir -p $(GUARDS)
	@for g in $(RUST_GUARDS); do cp $(GUEST_OUT)/$$g.wasm $(GUARDS)/; done

$(GUARDS)/python_guard.wasm: examples/guards/python-guard/app.py wit/guard.wit | venv
	@mkdir -p $(GUARDS)
	$(VENV)/bin/componentize-py -d wit -w guard componentize app -p examples/guards/python-guard -o $@.tmp
	@mv $@.tmp $@
