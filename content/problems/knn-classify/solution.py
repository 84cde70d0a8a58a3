import numpy as np


def knn_classify(train: list[list[float]], labels: list[int], queries: list[list[float]], k: int) -> list[int]:
    x = np.asarray(train, dtype=float)
    y = np.asarray(labels)
    predictions = []
    for q in np.asarray(queries, dtype=float):
        d2 = ((x - q) ** 2).sum(axis=1)
        nearest = np.argsort(d2, kind="stable")[:k]       # stable: equal distances keep index order
        values, counts = np.unique(y[nearest], return_counts=True)  # values come out sorted
        predictions.append(int(values[np.argmax(counts)]))          # first maximum = smallest label
    return predictions
