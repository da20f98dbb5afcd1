#!/usr/bin/env python3
"""Writes written_tools.jsonl: training cases team members wrote without reading
the guard's rules, its code or the other data (one module per writer under
written/, each a POISONED and a BENIGN list of (server, name, description,
schema, attack)). Each module is its own `source`, so leave-one-source-out holds
out one writer's style at a time. Used to train and evaluate the learned
poisoning model, never as sealed data. Re-run after editing.

Sets 1-4: nobody has read which of their rows the guard misses, and no rule was
written from them, so their leave-one-source-out rows estimate unseen writers.
Sets 5-12 (2026-12-02) were written the same way, then rules were written from
their misses, as the project's own cases are: their rows are not estimates. At
first contact the guard flagged (score >= 0.4) 35, 30, 33 and 23 of sets 5-8's
66 poisoned rows each (121 of 264, 0.46) and 18 of their 264 benign rows
(6.8%); sets 9-12 came after the rules written from sets 5-8 and met 27, 33,
26 and 39 (125 of 264, 0.47) and 23 benign (8.7%). Sets 13-16 (written later
the same day, asked for a third of their attacks in plain business wording)
met the rules written from sets 5-12: 37, 38, 40 and 24 (139 of 264, 0.53),
benign 8 (3.0%); set 16's docstrings wrap at a fixed width, and joining the
wrapped lines (normalize_prose) alone lifted it from 24 to 42 with no benign
tool flagged. Rules were then written from their misses. Sets 17-20 (legal
clauses, JSDoc tags, non-native English, YAML and FAQ blocks) met the rules
written from sets 13-16 and the wrap join: 47, 43, 42 and 43 (175 of 264,
0.66) and 18 benign (6.8%); the user-given credentials, "hidden from" a view
and option fixes written from those benign rows took them to 9 (one poisoned
row lost), and rules were written from their misses. Sets 21-24 (helpdesk
troubleshooting steps, one-line descriptions, changelog and deprecation notes,
agent operating policies) met the rules written from sets 17-20: 40, 38, 39 and
48 (165 of 264, 0.63) and 10 benign (3.8%); rules were then written from their
misses (a wider circle of people kept uninformed, bad outcomes reported as good,
partial prices passed off as totals, invented answers). Sets 25-28 (OpenAPI-style
generated descriptions, consumer-app marketing copy, security-operations
runbooks, attacks placed in parameter descriptions) met the rules written from
sets 21-24: 46, 37, 38 and 38 (159 of 264, 0.60) and 8 benign (3.0%); rules
were then written from their misses (a sentence naming the tool's own parameter
as where data goes, another tool's use given a side effect, failures reported as
normal, omissions from the recap, addresses built from the user's data). Sets 29
and 30 (2026-12-05; man-page help text for building management, fleets, game
servers, labs and radio; terse small-server descriptions for finance, dating,
smart homes, pharmacy and CI) were written by writers who saw neither the rules
nor the data and met the rules written from sets 25-28 and the model trained
without them: 46 and 45 of 66 poisoned flagged (91 of 132, 0.69), 44 and 39
denied (0.63), and 0 and 1 of 66 benign flagged. The directed-call check
(another tool's state-changing call with its values spelt out) was written from
their misses; set 31 (verbose enterprise connectors: CRM, helpdesk, HR, data
warehouse, Kubernetes, vault, e-signature, payments) then met the rules with and
without it: 55 and 52 of 66 flagged, 53 and 52 denied, and 4 of 66 benign
flagged either way. Sets 32 and 33 (2026-12-05; Google-style docstrings of
data-science and research libraries; informal hobbyist servers for chat bots,
automation, home labs and personal finance) met the rules and model of set 31:
41 and 47 of 66 poisoned flagged (88 of 132, 0.67), 32 and 42 denied, 2 and 4
of 66 benign flagged. Two checks were written from their misses: a call the
description directs to another server's tool, whatever its verb, and an order
to send something to a fixed outside address. (Sets 34 to 37 are sealed:
make_sealed_tools.py.) Sets 38 and 39 (2026-12-05, the next session;
healthcare, education and public-sector integrations with Purpose/Inputs/Notes
sections and compliance references; media, marketing and creative tools in a
startup tone) met the rules and model of that session's start: 44 and 52 of 66
poisoned flagged (96 of 132, 0.73), 40 and 45 denied, 2 and 0 of 66 benign
flagged. The harvest check (content gathered from the session, other tools or
the model's own context into the call) was written from their misses. Sets 41
and 42 (2026-12-06; consumer apps by indie developers in a README tone;
healthcare, legal and public-sector integrations by compliance-minded vendors)
met the rules and model of 2026-12-05's end: 47 and 55 of 66 poisoned flagged
(102 of 132, 0.77), 38 and 50 denied, 6 and 9 of 66 benign flagged (3 and 3
denied). They joined the training data; one rule change came from set 41's
benign tools (a person as the subject of `mention` is no order to keep quiet:
"anyone the user hasn't mentioned", "if the user mentions chest pain" had been
denied as secrecy). Sets 43 and 44 (2026-12-06, the next session; fintech tools
in terse startup docs; agent infrastructure in OpenAPI-to-MCP style) met the
rules and model of that session's start: 45 and 50 of 66 poisoned flagged (95
of 132, 0.72), 37 and 40 denied, 3 and 4 of 66 benign flagged (1 and 2
denied). Five checks were written from their misses (a report verb with a
verdict after "as", a promise that there are no fees or risks, another
server's tool given extra work, a fetch whose URL carries the data, content
named whole beside an id word) before they joined the training data. (Sets
45 and 46, written the same day, are sealed batches 16 and 17; set 47, the
session after, is sealed batch 18.)"""
import os

from make_own_tools import case_lines, load_cases

HERE = os.path.dirname(os.path.abspath(__file__))
WRITERS = [f"train{n}_cases" for n in [*range(1, 34), 38, 39, 41, 42, 43, 44]]


def main():
    out = os.path.join(HERE, "written_tools.jsonl")
    counts = []
    with open(out, "w", encoding="utf-8") as f:
        for name in WRITERS:
            poisoned, benign = load_cases("written", name)
            source = f"warden/written-{name.split('_')[0]}/scripts/data/written/{name}.py"
            f.writelines(case_lines(poisoned, benign, "", source))
            counts.append(f"{name} {len(poisoned)}/{len(benign)}")
    print(f"{out}: {', '.join(counts)} (poisoned/benign)")


if __name__ == "__main__":
    main()
