# Wrong on purpose: uses the Robertson-Sparck Jones idf ln((n - df + 0.5) / (df + 0.5)) without Lucene's 1 +, so terms in more than half of the documents get negative weights.
import math
from collections import Counter


def bm25_scores(docs: list[str], query: str, k1: float, b: float) -> list[float]:
    counts = [Counter(d.split()) for d in docs]
    lengths = [sum(c.values()) for c in counts]
    n = len(docs)
    avgdl = sum(lengths) / n
    q = query.split()
    df = Counter(t for c in counts for t in set(q) if t in c)
    scores = []
    for c, dl in zip(counts, lengths):
        s = 0.0
        for t in q:
            tf = c[t]
            if tf:
                idf = math.log((n - df[t] + 0.5) / (df[t] + 0.5))
                s += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))
        scores.append(s)
    return scores
