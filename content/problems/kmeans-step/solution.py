import numpy as np


def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> list[list[float]]:
    x = np.asarray(points, dtype=float)
    c = np.asarray(centroids, dtype=float)
    # Squared distances from every point to every centroid, by direct differences (n x k).
    d2 = ((x[:, None, :] - c[None, :, :]) ** 2).sum(axis=2)
    nearest = d2.argmin(axis=1)  # argmin returns the first minimum: ties go to the lowest index
    new = c.copy()
    for j in range(len(c)):
        members = x[nearest == j]
        if len(members) > 0:
            new[j] = members.mean(axis=0)
    return new.tolist()
