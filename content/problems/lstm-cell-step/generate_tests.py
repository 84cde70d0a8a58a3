"""Writes tests.yaml for lstm-cell-step: hand-made edge cases plus seeded random ones.

Expected values by plain loops (math.fsum for the pre-activations) following torch.nn.LSTMCell:
rows of W_ih / W_hh / biases are stacked as [input gate; forget gate; cell candidate g; output
gate], c' = f*c + i*g and h' = o*tanh(c'). The sigmoid is evaluated in a form that cannot overflow.
"""
import math
import random
from pathlib import Path

rnd = random.Random(808)


def sigmoid(a):
    if a >= 0:
        return 1.0 / (1.0 + math.exp(-a))
    e = math.exp(a)
    return e / (1.0 + e)


def lstm(x, h, c, w_ih, w_hh, b_ih, b_hh):
    n = len(h)
    pre = [math.fsum([b_ih[r], b_hh[r]] + [w * v for w, v in zip(w_ih[r], x)] + [w * v for w, v in zip(w_hh[r], h)])
           for r in range(4 * n)]
    c_new, h_new = [], []
    for k in range(n):
        i, f, g, o = sigmoid(pre[k]), sigmoid(pre[n + k]), math.tanh(pre[2 * n + k]), sigmoid(pre[3 * n + k])
        c_new.append(f * c[k] + i * g)
        h_new.append(o * math.tanh(c_new[-1]))
    return [h_new, c_new]


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def vec(n, s):
    return [round(rnd.gauss(0, s), 4) for _ in range(n)]


def random_case(d, n, scale=0.5, xs=1.0):
    return (vec(d, xs), [round(rnd.uniform(-1, 1), 4) for _ in range(n)], vec(n, 2.0),
            [vec(d, scale) for _ in range(4 * n)], [vec(n, scale) for _ in range(4 * n)], vec(4 * n, 0.3), vec(4 * n, 0.3))


visible = [
    # the worked example of the notes: pre-activations i = 1, f = 2, g = 1.5, o = 0.5, c = 1
    ([1.0], [0.0], [1.0], [[1.0], [2.0], [1.5], [0.5]], [[0.0], [0.0], [0.0], [0.0]], [0.0] * 4, [0.0] * 4),
    ([0.0], [0.0], [3.5], [[0.0]] * 4, [[0.0]] * 4, [0.0] * 4, [0.0] * 4),
    ([1.0, -1.0], [0.5], [-2.0], [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0]], [[1.0], [-1.0], [2.0], [0.0]],
     [0.1, 0.2, 0.3, 0.4], [0.0, 0.0, 0.0, -0.4]),
]
hidden = [
    ([0.0], [0.0], [0.0], [[0.0]] * 4, [[0.0]] * 4, [0.0] * 4, [0.0] * 4),                     # everything zero
    ([1.0], [0.0], [3.5], [[0.0]] * 4, [[0.0]] * 4, [-1000.0, 1000.0, 0.0, 1000.0], [0.0] * 4), # f = 1, i = 0: c kept
    ([1.0], [0.0], [3.5], [[0.0]] * 4, [[0.0]] * 4, [1000.0, -1000.0, 1000.0, -1000.0], [0.0] * 4),  # forget all, o = 0
    ([500.0, -500.0], [1.0, -1.0], [0.2, -0.2], [[1.0, 1.0], [2.0, 0.0], [0.0, -3.0], [1.0, 0.0],
     [0.5, 0.5], [-1.0, 0.0], [0.0, 1.0], [0.0, 0.0]], [[0.0, 0.0]] * 8, [0.0] * 8, [0.0] * 8),   # saturated gates
]
hidden.append(random_case(3, 2))
hidden.append(random_case(1, 5, scale=2.0))
hidden.append(random_case(8, 4))
hidden.append(random_case(10, 16, scale=0.3))
hidden.append(random_case(16, 8, scale=1.0, xs=3.0))
hidden.append(random_case(20, 24, scale=0.2))
hidden.append(random_case(4, 3, scale=50.0))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(lstm(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(lstm(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(lstm(*case))
