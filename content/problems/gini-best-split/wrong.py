# Wrong on purpose: scores a split by the plain average of the two sides' Gini impurities instead of weighting each side by its size.
def best_gini_split(values: list[float], labels: list[int]) -> list[float]:
    pairs = sorted(zip(values, labels))
    n = len(pairs)
    total = {}
    for _, y in pairs:
        total[y] = total.get(y, 0) + 1
    left = {}
    best = None
    for p in range(n - 1):
        left[pairs[p][1]] = left.get(pairs[p][1], 0) + 1
        if pairs[p][0] == pairs[p + 1][0]:
            continue
        nl, nr = p + 1, n - p - 1
        gl = 1 - sum((c / nl) ** 2 for c in left.values())
        gr = 1 - sum(((total[k] - left.get(k, 0)) / nr) ** 2 for k in total)
        score = (gl + gr) / 2
        if best is None or score < best[1] - 1e-12:
            best = [(pairs[p][0] + pairs[p + 1][0]) / 2, score]
    return best or []
