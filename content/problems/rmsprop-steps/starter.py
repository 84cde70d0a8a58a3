def rmsprop(params: list[float], grads: list[list[float]], lr: float, alpha: float, eps: float,
            centered: bool) -> list[float]:
    # Return the parameters after applying torch.optim.RMSprop once per row of grads.
    pass
