import math
from collections import Counter


def bm25_scores(docs: list[str], query: str, k1: float, b: float) -> list[float]:
    counts = [Counter(d.split()) for d in docs]
    lengths = [sum(c.values()) for c in counts]
    n = len(docs)
    avgdl = sum(lengths) / n
    q = query.split()
    df = Counter(t for c in counts for t in set(q) if t in c)
    idf = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) for t in set(q)}
    scores = []
    for c, dl in zip(counts, lengths):
        norm = k1 * (1 - b + b * dl / avgdl)
        score = 0.0
        for t in q:
            tf = c[t]
            if tf:
                score += idf[t] * tf * (k1 + 1) / (tf + norm)
        scores.append(score)
    return scores
