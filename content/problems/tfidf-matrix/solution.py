from collections import Counter

import numpy as np


def tfidf_matrix(docs: list[str]) -> list[list[float]]:
    tokens = [d.split() for d in docs]
    vocab = sorted({t for ts in tokens for t in ts})
    col = {t: j for j, t in enumerate(vocab)}
    n = len(docs)
    tf = np.zeros((n, len(vocab)))
    for i, ts in enumerate(tokens):
        for t, c in Counter(ts).items():
            tf[i, col[t]] = c
    df = (tf > 0).sum(axis=0)
    v = tf * (np.log((1 + n) / (1 + df)) + 1)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return np.divide(v, norms, out=np.zeros_like(v), where=norms > 0).tolist()
