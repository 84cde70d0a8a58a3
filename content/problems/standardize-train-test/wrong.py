# Wrong on purpose: uses the sample standard deviation (divides by m - 1) instead of the population one.
import statistics


def standardize(train: list[list[float]], test: list[list[float]]) -> list[list[float]]:
    columns = list(zip(*train))
    mean = [sum(c) / len(c) for c in columns]
    std = [statistics.stdev(c) if len(c) > 1 else 0.0 for c in columns]
    std = [s if min(c) != max(c) else 1.0 for s, c in zip(std, columns)]
    return [[(v - mu) / s for v, mu, s in zip(row, mean, std)] for row in test]
