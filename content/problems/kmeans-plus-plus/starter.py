def kmeans_plus_plus(points: list[list[float]], k: int, uniforms: list[float]) -> list[int]:
    # Return the k indices chosen by k-means++ (first: floor(u0 * n); then the first i with C_i > u_t * S).
    pass
