#!/usr/bin/env python3
"""Writes written_tools.jsonl: training cases team members wrote without reading
the guard's rules, its code or the other data (one module per writer under
written/, each a POISONED and a BENIGN list of (server, name, description,
schema, attack)). Each module is its own `source`, so leave-one-source-out holds
out one writer's style at a time. Used to train and evaluate the learned
poisoning model, never as sealed data. Re-run after editing."""
import importlib.util
import json
import os

from make_own_tools import S

HERE = os.path.dirname(os.path.abspath(__file__))
WRITERS = ["train1_cases", "train2_cases", "train3_cases", "train4_cases"]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "written", name + ".py"))
    module = importlib.util.module_from_spec(spec)
    module.S = S
    spec.loader.exec_module(module)
    return module.POISONED, module.BENIGN


def main():
    out = os.path.join(HERE, "written_tools.jsonl")
    counts = []
    with open(out, "w", encoding="utf-8") as f:
        for name in WRITERS:
            poisoned, benign = load(name)
            source = f"warden/written-{name.split('_')[0]}/scripts/data/written/{name}.py"
            for rows, label in ((poisoned, True), (benign, False)):
                for server, tool, desc, schema, attack in rows:
                    r = {"server": server, "name": tool, "description": desc, "inputSchema": schema,
                         "attack": attack, "source": source, "license": "Apache-2.0"}
                    if label:
                        r["signal"] = "description"
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            counts.append(f"{name} {len(poisoned)}/{len(benign)}")
    print(f"{out}: {', '.join(counts)} (poisoned/benign)")


if __name__ == "__main__":
    main()
