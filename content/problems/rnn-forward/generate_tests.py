"""Writes tests.yaml for rnn-forward: hand-made edge cases plus seeded random ones.

Expected values by plain loops with math.fsum and math.tanh, following torch.nn.RNN
(nonlinearity='tanh', one layer): h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh).
"""
import math
import random
from pathlib import Path

rnd = random.Random(707)


def rnn(x, h0, w_ih, w_hh, b_ih, b_hh):
    h = list(h0)
    out = []
    for xt in x:
        h = [math.tanh(math.fsum([b_ih[i], b_hh[i]] + [w * v for w, v in zip(w_ih[i], xt)]
                                 + [w * v for w, v in zip(w_hh[i], h)])) for i in range(len(h0))]
        out.append(h)
    return out


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def mat(r, c, s):
    return [[round(rnd.gauss(0, s), 4) for _ in range(c)] for _ in range(r)]


def random_case(t, d, h, scale=0.5):
    return (mat(t, d, 1.0), [round(rnd.uniform(-1, 1), 4) for _ in range(h)], mat(h, d, scale), mat(h, h, scale),
            [round(rnd.gauss(0, 0.1), 4) for _ in range(h)], [round(rnd.gauss(0, 0.1), 4) for _ in range(h)])


visible = [
    ([[1.0], [0.5], [-1.0]], [0.0], [[0.5]], [[1.0]], [0.0], [0.0]),
    ([[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], [[0.0, 1.0], [0.0, 0.0]], [0.1, 0.0], [0.0, -0.1]),
    ([[2.0]], [0.5, -0.5], [[1.0], [-1.0]], [[1.0, 2.0], [3.0, 4.0]], [0.0, 0.0], [0.0, 0.0]),
]
hidden = [
    ([], [0.3, -0.2], [[1.0], [1.0]], [[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0], [0.0, 0.0]),   # empty sequence
    ([[0.0]], [0.0], [[1.0]], [[1.0]], [0.0], [0.0]),                                      # all zeros
    ([[0.0]] * 4, [0.9], [[0.0]], [[1.0]], [0.0], [0.0]),                                  # pure recurrence: tanh iterated
    ([[100.0], [-100.0]], [0.0, 0.0], [[1.0], [2.0]], [[0.5, -0.5], [0.5, 0.5]], [0.0, 1.0], [0.0, -1.0]),  # saturation
    ([[1.0, 2.0, 3.0]], [0.0], [[0.1, -0.2, 0.3]], [[5.0]], [0.25], [0.25]),              # h = 1, d = 3
]
hidden.append(random_case(5, 3, 4))
hidden.append(random_case(10, 2, 6, scale=1.5))
hidden.append(random_case(20, 8, 8))
hidden.append(random_case(50, 4, 16, scale=0.3))
hidden.append(random_case(100, 10, 12, scale=0.4))
hidden.append(random_case(200, 3, 5))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(rnn(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(rnn(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(rnn(*case))
