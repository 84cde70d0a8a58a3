def gd_step(features: list[list[float]], targets: list[float], weights: list[float], bias: float, learning_rate: float) -> list[float]:
    # Return [new_bias, new_w_1, ..., new_w_d] after one step on J = (1/2n) * sum((w.x + b - y)^2).
    pass
