"""Writes tests.yaml for multi-head-self-attention: hand-made edge cases plus seeded random ones.

Expected values by plain loops and math.fsum, head by head: project with row-vector products
(x @ W), take head h's columns h*dh .. (h+1)*dh - 1, scores q.k / sqrt(dh) over the visible keys
only (j <= i when causal), a softmax shifted by the row maximum, the weighted sum of value rows,
concatenation in head order and the output projection. This equals
torch.nn.functional.multi_head_attention_forward with no biases, in_proj = [wq; wk; wv]^T and
out_proj = wo^T, with is_causal masking.
"""
import math
import random
from pathlib import Path

rnd = random.Random(1414)


def matmul(a, b):
    return [[math.fsum(a[i][t] * b[t][j] for t in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def mha(x, wq, wk, wv, wo, heads, causal):
    n, d = len(x), len(x[0])
    dh = d // heads
    q, k, v = matmul(x, wq), matmul(x, wk), matmul(x, wv)
    concat = [[0.0] * d for _ in range(n)]
    for h in range(heads):
        cols = range(h * dh, (h + 1) * dh)
        for i in range(n):
            keys = range(i + 1) if causal else range(n)
            s = [math.fsum(q[i][c] * k[j][c] for c in cols) / math.sqrt(dh) for j in keys]
            m = max(s)
            e = [math.exp(t - m) for t in s]
            tot = math.fsum(e)
            for c in cols:
                concat[i][c] = math.fsum(e[j] / tot * v[j][c] for j in keys)
    return matmul(concat, wo)


def fmt(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def mat(r, c, s):
    return [[round(rnd.gauss(0, s), 4) for _ in range(c)] for _ in range(r)]


def random_case(n, d, heads, causal, scale=1.0, wscale=None):
    ws = wscale if wscale is not None else 1.0 / math.sqrt(d)
    return mat(n, d, scale), mat(d, d, ws), mat(d, d, ws), mat(d, d, ws), mat(d, d, ws), heads, causal


I2 = [[1.0, 0.0], [0.0, 1.0]]
I4 = [[1.0 if i == j else 0.0 for j in range(4)] for i in range(4)]
visible = [
    ([[1.0, 0.0], [0.0, 1.0]], I2, I2, I2, I2, 1, False),
    ([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], I2, I2, I2, I2, 1, True),
    ([[1.0, 2.0, 0.0, 1.0], [0.0, 1.0, 3.0, -1.0]], I4, I4, I4, I4, 2, False),
]
hidden = [
    ([[0.5, -1.5]], I2, I2, I2, [[2.0, 0.0], [1.0, -1.0]], 2, True),    # one token: output = x wv wo
    ([[1.0, 2.0], [3.0, 4.0]], [[0.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]], I2, I2, 1, False),  # uniform weights
    ([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [[0.0, 0.0], [0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]], I2, I2, 2, True),  # causal running means
    ([[30.0, -30.0, 20.0, 10.0], [-30.0, 30.0, 10.0, 20.0], [30.0, 30.0, -20.0, -10.0]], I4, I4, I4, I4, 4, False),  # d_head 1, big scores
    ([[1.0, 0.0, 2.0, 0.0, -1.0, 1.0]] * 3, [[1.0 if i == j else 0.0 for j in range(6)] for i in range(6)],
     [[1.0 if i == j else 0.0 for j in range(6)] for i in range(6)], [[float(i - j) for j in range(6)] for i in range(6)],
     [[1.0 if i == j else 0.0 for j in range(6)] for i in range(6)], 3, True),  # identical tokens
]
hidden.append(random_case(4, 4, 2, False))
hidden.append(random_case(6, 8, 4, True))
hidden.append(random_case(10, 12, 3, False, scale=2.0))
hidden.append(random_case(16, 16, 4, True))
hidden.append(random_case(24, 16, 2, False, scale=1.0, wscale=1.5))
hidden.append(random_case(32, 16, 8, True, scale=3.0, wscale=1.0))
hidden.append(random_case(8, 6, 1, True))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(mha(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(mha(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(mha(*case))
