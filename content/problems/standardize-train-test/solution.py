import numpy as np


def standardize(train: list[list[float]], test: list[list[float]]) -> list[list[float]]:
    x = np.asarray(train, dtype=float)
    mean = x.mean(axis=0)
    std = x.std(axis=0)          # population standard deviation (ddof = 0)
    constant = (x == x[0]).all(axis=0)
    mean[constant] = x[0, constant]  # exact, whatever rounding the mean picked up
    std[constant] = 1.0              # constant columns are only centred
    return [((np.asarray(row, dtype=float) - mean) / std).tolist() for row in test]
