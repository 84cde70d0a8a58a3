# Wrong on purpose: reports the eigenvalue as the growth factor ||Av|| / ||v||, which is |lambda|, so a dominant negative eigenvalue comes back positive.
import numpy as np


def dominant_eigenpair(a):
    A = np.asarray(a, dtype=float)
    v = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    lam = 0.0
    for _ in range(5000):
        w = A @ v
        lam = np.linalg.norm(w)
        v = w / lam
    if v.sum() < 0:
        v = -v
    return [float(lam)] + v.tolist()
