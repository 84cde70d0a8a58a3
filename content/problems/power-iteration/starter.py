def dominant_eigenpair(a: list[list[float]]) -> list[float]:
    # Return [lambda, v_1, ..., v_n]: the eigenvalue of largest magnitude and its unit eigenvector (components summing to > 0).
    pass
