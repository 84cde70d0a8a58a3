"""Writes tests.yaml for gru-cell-step: hand-made edge cases plus seeded random ones.

Expected values by plain loops (math.fsum) following torch.nn.GRUCell: blocks stacked as
[reset; update; new], r = sig(W_ir x + b_ir + W_hr h + b_hr), z likewise,
n = tanh(W_in x + b_in + r * (W_hn h + b_hn)), h' = (1 - z) * n + z * h.
"""
import math
import random
from pathlib import Path

rnd = random.Random(909)


def sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def gru(x, h, w_ih, w_hh, b_ih, b_hh):
    n = len(h)
    gi = [math.fsum([b_ih[r]] + [w * v for w, v in zip(w_ih[r], x)]) for r in range(3 * n)]
    gh = [math.fsum([b_hh[r]] + [w * v for w, v in zip(w_hh[r], h)]) for r in range(3 * n)]
    out = []
    for k in range(n):
        r = sigmoid(gi[k] + gh[k])
        z = sigmoid(gi[n + k] + gh[n + k])
        cand = math.tanh(gi[2 * n + k] + r * gh[2 * n + k])
        out.append((1 - z) * cand + z * h[k])
    return out


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def vec(n, s):
    return [round(rnd.gauss(0, s), 4) for _ in range(n)]


def random_case(d, n, scale=0.5, xs=1.0):
    return (vec(d, xs), [round(rnd.uniform(-1, 1), 4) for _ in range(n)],
            [vec(d, scale) for _ in range(3 * n)], [vec(n, scale) for _ in range(3 * n)], vec(3 * n, 0.5), vec(3 * n, 0.5))


visible = [
    # the worked step of the GRU notes: x = 1, h = 0.5
    ([1.0], [0.5], [[1.0], [0.5], [1.0]], [[1.0], [1.0], [2.0]], [0.0, -0.5, 0.0], [0.0, 0.0, 0.0]),
    ([2.0], [0.0], [[0.0], [0.0], [1.0]], [[0.0], [0.0], [0.0]], [0.0, -1000.0, 0.0], [0.0, 0.0, 0.0]),
    ([1.0], [0.3, -0.6], [[0.0], [0.0], [0.0], [0.0], [0.5], [-0.5]], [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0], [0.0, 0.0], [1.0, 1.0], [2.0, -1.0]],
     [0.0] * 6, [0.0, 0.0, 0.0, 0.0, 1.0, -1.0]),
]
hidden = [
    ([0.0], [0.0], [[0.0]] * 3, [[0.0]] * 3, [0.0] * 3, [0.0] * 3),                          # all zero
    ([5.0], [0.7], [[1.0], [1.0], [1.0]], [[0.0]] * 3, [0.0, 1000.0, 0.0], [0.0] * 3),       # z = 1: state copied
    ([0.5], [0.7], [[0.0], [0.0], [2.0]], [[0.0], [0.0], [3.0]], [-1000.0, 0.0, 0.0], [0.0, 0.0, 4.0]),  # r = 0: candidate ignores h and b_hn
    ([0.5], [0.7], [[0.0], [0.0], [2.0]], [[0.0], [0.0], [3.0]], [1000.0, 0.0, 0.0], [0.0, 0.0, 4.0]),   # r = 1
]
hidden.append(random_case(3, 2))
hidden.append(random_case(1, 5, scale=2.0))
hidden.append(random_case(8, 4))
hidden.append(random_case(10, 16, scale=0.3))
hidden.append(random_case(16, 8, scale=1.0, xs=3.0))
hidden.append(random_case(20, 24, scale=0.2))
hidden.append(random_case(4, 3, scale=40.0))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(gru(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(gru(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(gru(*case))
