"""Writes tests.yaml for balanced-brackets: hand-made cases, seeded random bracket texts, and
two large deeply nested ones. Expected values come from repeatedly deleting adjacent matching
pairs "()", "[]", "{}" from the bracket characters until nothing changes (balanced iff nothing
is left), a method independent of the stack scan in the reference solutions."""
import json
import random
import string
from pathlib import Path

rnd = random.Random(2024)
PAIRS = ["()", "[]", "{}"]
NOISE = "".join(c for c in string.ascii_letters + string.digits + " .,;:=+-*/<>!?#@'\"_&|^~%$" if c not in "()[]{}")


def expected(s):
    b = "".join(c for c in s if c in "()[]{}")
    while True:
        shorter = b.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == b:
            return b == ""
        b = shorter


def noisy(brackets, rate):
    """Interleaves random non-bracket characters with a bracket sequence."""
    out = []
    for c in brackets:
        while rnd.random() < rate:
            out.append(rnd.choice(NOISE))
        out.append(c)
    while rnd.random() < rate:
        out.append(rnd.choice(NOISE))
    return "".join(out)


def random_balanced(pairs):
    """A random balanced bracket sequence with the given number of pairs."""
    out, stack, opened = [], [], 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rnd.random() < 0.55):
            p = rnd.choice(PAIRS)
            out.append(p[0])
            stack.append(p[1])
            opened += 1
        else:
            out.append(stack.pop())
    return "".join(out)


def retype(brackets):
    """Changes the kind of one bracket; the open/close shape stays the same, so this always unbalances."""
    i = rnd.randrange(len(brackets))
    c = brackets[i]
    group = "([{" if c in "([{" else ")]}"
    return brackets[:i] + rnd.choice([g for g in group if g != c]) + brackets[i + 1:]


def drop_one(brackets):
    i = rnd.randrange(len(brackets))
    return brackets[:i] + brackets[i + 1:]  # an odd number of brackets is never balanced


def deep(depth, extra_rate):
    """depth nested openers of random kinds, closed in reverse, with small balanced groups sprinkled in."""
    opens = [rnd.choice(PAIRS) for _ in range(depth)]
    out = []
    for p in opens:
        out.append(p[0])
        if rnd.random() < extra_rate:
            out.append(random_balanced(rnd.randint(1, 3)))
    for p in reversed(opens):
        out.append(p[1])
        if rnd.random() < extra_rate:
            out.append(random_balanced(rnd.randint(1, 3)))
    return "".join(out)


visible = ["{temp: [18, 24], fan: (on)}", "lights: ([on)]", "if (x < y) { log(x) }"]
hidden = ["", "plain text, no brackets at all", "(", "}", ")(", "([)]", "<(>)", "{[()()]}", "a)b(c"]
hidden += [noisy(random_balanced(rnd.randint(5, 40)), 0.4) for _ in range(2)]
hidden += [noisy(retype(random_balanced(rnd.randint(5, 40))), 0.4)]
hidden += [noisy(drop_one(random_balanced(rnd.randint(5, 40))), 0.4)]
# Large and deep (about 98,000 characters, nesting depth 46,000): true. Deleting innermost pairs
# over and over takes about 46,000 passes over the text, too slow for the time limit.
hidden.append(noisy(deep(46000, 0.01), 0.02))
# Large and deep (about 45,000 characters) with the kinds crossed at the very bottom: false.
crossed = deep(10000, 0.2)
mid = len(crossed) // 2
cut = crossed.rfind("(", 0, mid)  # the deepest "(" of the chain is followed by a run of closers
hidden.append(noisy(crossed[:cut] + "([)]" + crossed[cut:], 0.35))

assert all(len(s) <= 10**5 for s in visible + hidden)
cases = [(s, expected(s)) for s in visible], [(s, expected(s)) for s in hidden]
lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in zip(["visible", "hidden"], cases):
    if name == "hidden":
        lines.append("hidden:")
    for s, answer in group:
        lines += [f"  - args: [{json.dumps(s)}]", f"    expected: {'true' if answer else 'false'}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
