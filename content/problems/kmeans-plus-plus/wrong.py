# Wrong on purpose: weights the points by their plain distance D instead of the squared distance D^2.
import math


def kmeans_plus_plus(points: list[list[float]], k: int, uniforms: list[float]) -> list[int]:
    chosen = [int(uniforms[0] * len(points))]
    for u in uniforms[1:k]:
        weights = [min(math.dist(p, points[c]) for c in chosen) for p in points]
        threshold = u * sum(weights)
        running = 0.0
        for i, w in enumerate(weights):
            running += w
            if running > threshold:
                chosen.append(i)
                break
    return chosen
