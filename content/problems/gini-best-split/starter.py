def best_gini_split(values: list[float], labels: list[int]) -> list[float]:
    # Return [threshold, weighted Gini] of the best midpoint split (ties: smallest threshold); [] if no split.
    pass
