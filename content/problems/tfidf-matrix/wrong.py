# Wrong on purpose: uses the textbook idf ln(n / df) without scikit-learn's smoothing and +1, so a token present in every document gets weight 0.
from collections import Counter
import math


def tfidf_matrix(docs: list[str]) -> list[list[float]]:
    tokens = [d.split() for d in docs]
    vocab = sorted({t for ts in tokens for t in ts})
    n = len(docs)
    df = {t: sum(1 for ts in tokens if t in ts) for t in vocab}
    rows = []
    for ts in tokens:
        c = Counter(ts)
        row = [c[t] * math.log(n / df[t]) for t in vocab]
        norm = math.sqrt(sum(x * x for x in row))
        rows.append([x / norm if norm > 0 else 0.0 for x in row])
    return rows
