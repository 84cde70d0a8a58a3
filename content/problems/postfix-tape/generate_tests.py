"""Writes tests.yaml for postfix-tape: hand-made tapes and seeded random expression trees written
in postfix. Expected values come from evaluating the random tree recursively with exact fractions
turned into truncated quotients at each division (fractions.Fraction and math.trunc), which is
independent of the stack reference; hand-made tapes are checked against values worked out by hand."""
import json
import math
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(2718)
LIMIT = 10**15


size_hint = [0]


def build(size):
    """A random expression tree with `size` leaves whose every intermediate value stays within LIMIT."""
    size_hint[0] = size
    while True:
        tree = grow(size)
        try:
            value = evaluate(tree)
        except (ZeroDivisionError, OverflowError):
            continue
        return tree, value


def grow(size):
    # Large trees use small leaves and few multiplications so that values stay within LIMIT.
    if size == 1:
        if size_hint[0] > 50:
            return rnd.randint(-9, 9)
        return rnd.choice([rnd.randint(-9, 9), rnd.randint(-1000, 1000), rnd.randint(-10**6, 10**6)])
    left = rnd.randint(1, size - 1)
    ops = "+-*/" if size_hint[0] <= 50 else "++--+-/*"
    return (rnd.choice(ops), grow(left), grow(size - left))


def evaluate(tree):
    if isinstance(tree, int):
        return tree
    op, a, b = tree[0], evaluate(tree[1]), evaluate(tree[2])
    if op == "+":
        v = a + b
    elif op == "-":
        v = a - b
    elif op == "*":
        v = a * b
    else:
        v = math.trunc(Fraction(a, b))  # raises ZeroDivisionError on b == 0
    if abs(v) > LIMIT:
        raise OverflowError
    return v


def postfix(tree):
    if isinstance(tree, int):
        return [str(tree)]
    return postfix(tree[1]) + postfix(tree[2]) + [tree[0]]


visible = [
    (["6", "2", "-", "5", "*"], 20),
    (["-9", "4", "/", "3", "+"], 1),
    (["17"], 17),
]
hidden = [
    (["-5"], -5),
    (["7", "-2", "/"], -3),
    (["-7", "-2", "/"], 3),
    (["1", "3", "/"], 0),
    (["-1", "3", "/"], 0),
    (["3", "10", "-"], -7),
    (["1000000", "1000000", "*", "1000", "*"], 10**15),
    (["1000000", "-1000000", "*", "1000", "*", "7", "/"], -142857142857142),
    (["2", "3", "4", "5", "+", "*", "-"], -25),
    (["0", "5", "-", "2", "/"], -2),
]
for size in (3, 6, 12, 40, 200, 600):
    tree, value = build(size)
    hidden.append((postfix(tree), value))
# Large: a long chain that keeps the value small: ((((x1 + x2) - x3) * x4) / x5 ...) pattern.
tokens = [str(rnd.randint(-1000, 1000))]
value = int(tokens[0])
for _ in range(2500):
    op = rnd.choice("+-*/")
    x = rnd.randint(1, 9) * rnd.choice([-1, 1]) if op in "*/" else rnd.randint(-1000, 1000)
    if op == "*" and abs(value * x) > 10**9:
        op = "/"
    tokens += [str(x), op]
    value = {"+": value + x, "-": value - x, "*": value * x, "/": math.trunc(Fraction(value, x))}[op]
hidden.append((tokens, value))
for tape, value in visible + hidden:
    assert len(tape) <= 10**4


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for tape, value in group:
        text = json.dumps([tape]) if len(tape) < 200 else json.dumps([tape], separators=(",", ":"))
        lines += [f"  - args: {text}", f"    expected: {value}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
