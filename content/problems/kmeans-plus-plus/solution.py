import numpy as np


def kmeans_plus_plus(points: list[list[float]], k: int, uniforms: list[float]) -> list[int]:
    x = np.asarray(points, dtype=float)
    chosen = [int(uniforms[0] * len(x))]
    nearest = ((x - x[chosen[0]]) ** 2).sum(axis=1)       # D_i: squared distance to the closest centre
    for u in uniforms[1:k]:
        running = np.cumsum(nearest)
        # First index whose running sum exceeds u * S (side="right" skips sums equal to it).
        i = int(np.searchsorted(running, u * running[-1], side="right"))
        chosen.append(i)
        nearest = np.minimum(nearest, ((x - x[i]) ** 2).sum(axis=1))
    return chosen
