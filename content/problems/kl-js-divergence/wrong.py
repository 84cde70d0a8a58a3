# Wrong on purpose: computes the KL divergence in the reverse direction, D(Q || P) (with a tiny floor on p to avoid log 0), mixing up which distribution is the reference.
import numpy as np


def kl_and_js(p, q):
    P = np.asarray(p, dtype=float); P = P / P.sum()
    Q = np.asarray(q, dtype=float); Q = Q / Q.sum()
    M = 0.5 * (P + Q)

    def kl(a, b):
        m = a > 0
        return float(np.sum(a[m] * np.log(a[m] / np.maximum(b[m], 1e-300))))

    return [kl(Q, P), 0.5 * kl(P, M) + 0.5 * kl(Q, M)]
