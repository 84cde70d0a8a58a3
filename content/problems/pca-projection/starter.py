def pca_project(data: list[list[float]], k: int) -> list[list[float]]:
    # Return the n x k scores on the top-k principal components (each component's largest |coordinate| positive).
    pass
