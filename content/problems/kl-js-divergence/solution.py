import numpy as np


def _kl(a: np.ndarray, b: np.ndarray) -> float:
    mask = a > 0                                   # 0 log(0 / b) = 0
    return float(np.sum(a[mask] * np.log(a[mask] / b[mask])))


def kl_and_js(p: list[float], q: list[float]) -> list[float]:
    P = np.asarray(p, dtype=float)
    Q = np.asarray(q, dtype=float)
    P, Q = P / P.sum(), Q / Q.sum()
    M = 0.5 * (P + Q)
    return [_kl(P, Q), 0.5 * _kl(P, M) + 0.5 * _kl(Q, M)]
