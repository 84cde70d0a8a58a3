def fit_linear(features: list[list[float]], targets: list[float]) -> list[float]:
    # Return [intercept, w_1, ..., w_d] minimising the squared error (solve A^T A theta = A^T y).
    pass
