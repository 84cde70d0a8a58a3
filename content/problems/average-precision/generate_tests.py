"""Writes tests.yaml for average-precision: hand-made edge cases plus seeded random ones.

Expected values are exact fractions. Small and medium cases apply the definition literally:
for every distinct threshold, count the flagged orders and positives from scratch. The large
case uses a sorted sweep over score groups, which is first checked against the literal
definition on every other case.
"""
import json
import random
from fractions import Fraction
from pathlib import Path

def fmt(v):
    """A value as YAML flow text: floats always carry a '.', strings are double-quoted."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        r = repr(v)
        if "e" in r and "." not in r.split("e")[0]:
            r = r.replace("e", ".0e", 1)
        return r
    if isinstance(v, str):
        return json.dumps(v)
    return "[" + ", ".join(fmt(x) for x in v) + "]"


def write_tests(path, header, visible, hidden):
    lines = ["# " + header, "visible:"]
    for args, expected in visible:
        lines += ["  - args: " + fmt(list(args)), "    expected: " + fmt(expected)]
    lines.append("hidden:")
    for args, expected in hidden:
        lines += ["  - args: " + fmt(list(args)), "    expected: " + fmt(expected)]
    path.write_text("\n".join(lines) + "\n")


def ap_literal(labels, scores):
    positives = sum(labels)
    total, previous = Fraction(0), Fraction(0)
    for t in sorted(set(scores), reverse=True):
        flagged = [y for y, s in zip(labels, scores) if s >= t]
        recall = Fraction(sum(flagged), positives)
        total += (recall - previous) * Fraction(sum(flagged), len(flagged))
        previous = recall
    return total


def ap_sweep(labels, scores):
    groups = {}
    for y, s in zip(labels, scores):
        count = groups.setdefault(s, [0, 0])
        count[0] += 1
        count[1] += y
    positives = sum(labels)
    flagged = hits = 0
    total = Fraction(0)
    for s in sorted(groups, reverse=True):
        flagged += groups[s][0]
        hits += groups[s][1]
        total += Fraction(groups[s][1], positives) * Fraction(hits, flagged)
    return total


rnd = random.Random(404)


def random_case(n, rate, decimals, shift=1.0):
    labels = [1 if rnd.random() < rate else 0 for _ in range(n)]
    labels[rnd.randrange(n)] = 1
    scores = [round(rnd.gauss(shift if y else 0.0, 1.0), decimals) for y in labels]
    return labels, scores


visible = [
    ([1, 0, 1, 1, 0], [0.9, 0.8, 0.7, 0.4, 0.2]),
    ([0, 1, 1, 0], [0.5, 0.5, 0.3, 0.1]),
    ([1, 0, 0, 1], [2.0, 2.0, 2.0, 2.0]),
]
hidden = [
    ([1], [0.0]),                                        # one order
    ([1, 1, 1], [3.0, -1.0, 2.0]),                       # only positives
    ([0, 0, 0, 1], [4.0, 3.0, 2.0, 1.0]),                # the positive is last
    ([1, 0, 0, 0], [-5.0, -5.0, -5.0, -5.0]),            # all tied, positive listed first
    ([0, 1, 0, 1, 1, 0], [1e9, -1e9, 1e9, 0.5, 0.5, -1e9]),
    ([1, 0, 1, 0], [0.5 + 1e-9, 0.5, 0.5, 0.5 - 1e-9]),  # near-ties are not ties
]
hidden.append(random_case(30, 0.4, 0))
hidden.append(random_case(200, 0.2, 1))
hidden.append(random_case(1000, 0.05, 6, shift=2.0))
hidden.append(random_case(3000, 0.5, 2, shift=0.3))

for labels, scores in visible + hidden:
    assert ap_literal(labels, scores) == ap_sweep(labels, scores)

# Large case: 20,000 orders with integer scores 0..9999 (about 7,000 distinct values).
n = 20000
big_labels = [1 if rnd.random() < 0.3 else 0 for _ in range(n)]
big_scores = [float(min(9999, max(0, int(rnd.gauss(5600 if y else 4400, 1800))))) for y in big_labels]

cases_visible = [((l, s), float(ap_literal(l, s))) for l, s in visible]
cases_hidden = [((l, s), float(ap_literal(l, s))) for l, s in hidden]
path = Path(__file__).with_name("tests.yaml")
write_tests(path, "Written by generate_tests.py beside this file.", cases_visible, cases_hidden)
compact_labels = "[" + ",".join(map(str, big_labels)) + "]"
compact_scores = "[" + ",".join(str(int(s)) for s in big_scores) + "]"
with path.open("a") as f:
    f.write(f"  - args: [{compact_labels}, {compact_scores}]\n")
    f.write(f"    expected: {float(ap_sweep(big_labels, big_scores))!r}\n")
