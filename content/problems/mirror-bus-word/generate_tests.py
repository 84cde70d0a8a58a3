"""Writes tests.yaml for mirror-bus-word. Expected values come from formatting the word as a
zero-padded 32-character binary string, reversing the string and parsing it back, independent
of the shift loop in the references."""
import random
from pathlib import Path

rnd = random.Random(32)


def expected(word):
    return int(format(word, "032b")[::-1], 2)


visible = [1, 6, 4294967295]
hidden = [
    0,
    2147483648,
    2863311530,   # 1010...10
    1431655765,   # 0101...01
    65535,
    4294901760,
    43261596,
    3,
    4294967294,
    305419896,
    2147483649,
] + [rnd.randint(0, 2**32 - 1) for _ in range(20)]

out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for word in group:
        assert expected(expected(word)) == word
        out += [f"  - args: [{word}]", f"    expected: {expected(word)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
