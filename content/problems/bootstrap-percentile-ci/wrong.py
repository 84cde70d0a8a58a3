# Wrong on purpose: takes the nearest-rank order statistic at position floor(q * B) instead of interpolating at (B - 1) q.
def bootstrap_ci(data, resamples, alpha):
    means = sorted(sum(data[i] for i in r) / len(r) for r in resamples)
    b = len(means)
    def q(level):
        return means[min(b - 1, int(level * b))]
    return [q(alpha / 2), q(1 - alpha / 2)]
