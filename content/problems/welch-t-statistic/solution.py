import numpy as np


def welch_t(a: list[float], b: list[float]) -> list[float]:
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    vx, vy = x.var(ddof=1) / len(x), y.var(ddof=1) / len(y)   # two-pass, divisor n - 1
    se2 = vx + vy
    t = (x.mean() - y.mean()) / np.sqrt(se2)
    df = se2 ** 2 / (vx ** 2 / (len(x) - 1) + vy ** 2 / (len(y) - 1))
    return [float(t), float(df)]
