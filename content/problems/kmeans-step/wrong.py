# Wrong on purpose: compares distances with <=, so a point equidistant from two centroids joins the highest index instead of the lowest.
def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> list[list[float]]:
    k, d = len(centroids), len(centroids[0])
    sums = [[0.0] * d for _ in range(k)]
    counts = [0] * k
    for x in points:
        best, best_d2 = 0, float("inf")
        for j, c in enumerate(centroids):
            d2 = sum((a - b) ** 2 for a, b in zip(x, c))
            if d2 <= best_d2:
                best, best_d2 = j, d2
        counts[best] += 1
        for t in range(d):
            sums[best][t] += x[t]
    return [
        [s / counts[j] for s in sums[j]] if counts[j] else list(map(float, centroids[j]))
        for j in range(k)
    ]
