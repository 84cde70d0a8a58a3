import numpy as np


def pca_project(data: list[list[float]], k: int) -> list[list[float]]:
    x = np.asarray(data, dtype=float)
    centred = x - x.mean(axis=0)
    cov = centred.T @ centred / (len(x) - 1)
    values, vectors = np.linalg.eigh(cov)               # ascending eigenvalues, orthonormal columns
    top = vectors[:, np.argsort(values)[::-1][:k]]
    # Sign convention: the coordinate with the largest magnitude is positive.
    lead = top[np.abs(top).argmax(axis=0), np.arange(k)]
    top = top * np.sign(lead)
    return (centred @ top).tolist()
