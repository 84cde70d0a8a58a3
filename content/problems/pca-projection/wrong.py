# Wrong on purpose: skips centring, so it takes the eigenvectors of X^T X instead of the covariance and projects the raw rows.
import numpy as np


def pca_project(data: list[list[float]], k: int) -> list[list[float]]:
    x = np.asarray(data, dtype=float)
    values, vectors = np.linalg.eigh(x.T @ x / (len(x) - 1))
    top = vectors[:, np.argsort(values)[::-1][:k]]
    lead = top[np.abs(top).argmax(axis=0), np.arange(k)]
    top = top * np.sign(lead)
    return (x @ top).tolist()
