import numpy as np


def dominant_eigenpair(a: list[list[float]]) -> list[float]:
    A = np.asarray(a, dtype=float)
    v = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(20000):
        w = A @ v
        norm = np.linalg.norm(w)
        if norm == 0.0:
            break
        w /= norm
        # A negative dominant eigenvalue flips the sign every step: compare directions, not vectors.
        done = np.linalg.norm(w - np.sign(w @ v) * v) < 1e-14
        v = w
        if done:
            break
    lam = float(v @ A @ v)                      # Rayleigh quotient keeps the sign of lambda
    if v.sum() < 0:
        v = -v
    return [lam] + v.tolist()
