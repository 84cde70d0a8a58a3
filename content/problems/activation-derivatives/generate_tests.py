"""Writes tests.yaml for activation-derivatives: hand-made edge cases plus seeded random ones.

Expected values are computed in 60-digit decimal arithmetic (the decimal module, with exp and
ln from the standard library and tanh built from exp), then rounded to doubles. Derivatives are
the closed forms: sigmoid' = s(1 - s), softplus' = sigmoid, silu' = s(1 + x(1 - s)),
gelu_tanh' = 0.5(1 + t) + 0.5 x (1 - t^2) c (1 + 3 k x^2) with t = tanh(c(x + k x^3)),
c = sqrt(2/pi), k = 0.044715 (torch.nn.GELU(approximate='tanh')). Each closed form is also
checked against a central difference in high precision at a few points.
"""
import random
from decimal import Decimal, getcontext
from pathlib import Path

getcontext().prec = 60
rnd = random.Random(2121)
PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494")
C = (Decimal(2) / PI).sqrt()
K = Decimal("0.044715")
ONE = Decimal(1)


def sig(z):
    return ONE / (ONE + (-z).exp())


def tanh(u):
    if u > 200:
        return ONE
    if u < -200:
        return -ONE
    e = (2 * u).exp()
    return (e - ONE) / (e + ONE)


def f(name, z):
    if name == "sigmoid":
        return sig(z)
    if name == "softplus":
        return (ONE + z.exp()).ln()
    if name == "silu":
        return z * sig(z)
    return z * (ONE + tanh(C * (z + K * z ** 3))) / 2


def df(name, z):
    s = sig(z)
    if name == "sigmoid":
        return s * (ONE - s)
    if name == "softplus":
        return s
    if name == "silu":
        return s * (ONE + z * (ONE - s))
    t = tanh(C * (z + K * z ** 3))
    return (ONE + t) / 2 + z * (ONE - t * t) * C * (ONE + 3 * K * z * z) / 2


for name in ("sigmoid", "softplus", "silu", "gelu_tanh"):
    for z in (Decimal("-3.7"), Decimal("0"), Decimal("0.25"), Decimal("6.1")):
        h = Decimal("1e-20")
        fd = (f(name, z + h) - f(name, z - h)) / (2 * h)
        assert abs(fd - df(name, z)) < Decimal("1e-30"), (name, z)


def solve(x, name):
    zs = [Decimal(repr(v)) for v in x]
    return [[float(f(name, z)) for z in zs], [float(df(name, z)) for z in zs]]


def fmt(x):
    if isinstance(x, str):
        return '"' + x + '"'
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


extremes = [-1000.0, -750.0, -40.0, -20.0, -1e-12, 0.0, 1e-12, 20.0, 40.0, 750.0, 1000.0]
visible = [
    ([0.0, 2.0, -2.0], "sigmoid"),
    ([0.0, 1.0, -1000.0, 1000.0], "softplus"),
    ([-1.0, 0.0, 1.5], "gelu_tanh"),
]
hidden = [
    ([], "silu"),
    (extremes, "sigmoid"),
    (extremes, "softplus"),
    (extremes, "silu"),
    (extremes, "gelu_tanh"),
    ([-3.0, -0.5, 0.5, 3.0], "silu"),
]
for name in ("sigmoid", "softplus", "silu", "gelu_tanh"):
    hidden.append(([round(rnd.gauss(0, 4), 6) for _ in range(200)], name))
hidden.append(([round(rnd.uniform(-30, 30), 4) for _ in range(300)], "gelu_tanh"))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(solve(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(solve(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(solve(*case))
