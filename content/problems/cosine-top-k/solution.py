import numpy as np


def cosine_top_k(query: list[float], docs: list[list[float]], k: int) -> list[int]:
    q = np.asarray(query, dtype=float)
    d = np.asarray(docs, dtype=float)
    denom = np.linalg.norm(d, axis=1) * np.linalg.norm(q)
    cos = np.divide(d @ q, denom, out=np.zeros(len(d)), where=denom > 0)
    return np.argsort(-cos, kind="stable")[:k].tolist()
