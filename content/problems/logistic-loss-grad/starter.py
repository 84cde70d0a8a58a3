def logistic_loss_grad(features: list[list[float]], labels: list[int], weights: list[float], bias: float) -> list[float]:
    # Return [mean log loss, dL/db, dL/dw_1, ..., dL/dw_d], finite even for huge |w.x + b|.
    pass
