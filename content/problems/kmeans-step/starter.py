def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> list[list[float]]:
    # Assign each point to its nearest centroid (ties: lowest index), then return the new centroids.
    pass
