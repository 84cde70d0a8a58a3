def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float], eps: float) -> list[list[float]]:
    # Return each row normalised to zero mean and unit variance, then scaled by gamma and shifted by beta.
    pass
