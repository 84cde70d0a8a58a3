"""Writes tests.yaml for clip-grad-norm: hand-made edge cases plus seeded random ones.

Expected values follow torch.nn.utils.clip_grad_norm_(norm_type=2): the global norm is the
2-norm of the per-tensor 2-norms (computed here that way, with math.fsum), the
coefficient max_norm / (norm + 1e-6) is clamped to at most 1, and every entry is multiplied by it.
"""
import math
import random
from pathlib import Path

rnd = random.Random(1212)


def clip(grads, max_norm):
    norms = [math.sqrt(math.fsum(g * g for g in row)) for row in grads]
    total = math.sqrt(math.fsum(n * n for n in norms))
    coef = min(1.0, max_norm / (total + 1e-6))
    return [[g * coef for g in row] for row in grads]


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(k, max_len, scale, max_norm):
    grads = [[round(rnd.gauss(0, scale), 6) for _ in range(rnd.randint(0, max_len))] for _ in range(k)]
    return grads, max_norm


visible = [
    ([[3.0], [4.0]], 1.0),
    ([[0.3, -0.4], [1.2]], 5.0),
    ([[6.0, 0.0], [0.0, 8.0, 0.0]], 5.0),
]
hidden = [
    ([], 1.0),                                        # no parameters
    ([[], []], 1.0),                                  # empty tensors
    ([[0.0, 0.0], [0.0]], 0.5),                       # zero gradient stays zero
    ([[3.0], [4.0]], 5.0),                            # norm equals max_norm: coefficient just below 1
    ([[1e-9, -2e-9]], 1e-10),                         # tiny norm: the 1e-6 dominates
    ([[1e6, -1e6], [1e6]], 1.0),                      # huge gradients
    ([[-2.0, 2.0, -2.0, 2.0]], 0.0),                  # max_norm 0: everything zeroed
]
hidden.append(random_case(3, 5, 1.0, 1.0))
hidden.append(random_case(10, 20, 0.1, 5.0))
hidden.append(random_case(20, 100, 3.0, 10.0))
hidden.append(random_case(30, 100, 0.01, 0.1))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(clip(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(clip(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(clip(*case))
