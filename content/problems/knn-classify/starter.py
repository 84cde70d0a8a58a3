def knn_classify(train: list[list[float]], labels: list[int], queries: list[list[float]], k: int) -> list[int]:
    # Return the majority label of each query's k nearest points (distance ties: lower index; vote ties: smaller label).
    pass
