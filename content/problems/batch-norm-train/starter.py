def batch_norm_train(x: list[list[float]], gamma: list[float], beta: list[float], running_mean: list[float],
                     running_var: list[float], momentum: float, eps: float) -> list[list[float]]:
    # Return the N normalised rows, then the updated running mean, then the updated running variance.
    pass
