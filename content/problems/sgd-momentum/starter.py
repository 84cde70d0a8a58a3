def sgd_momentum(params: list[float], grads: list[list[float]], lr: float, momentum: float,
                 weight_decay: float, nesterov: bool) -> list[float]:
    # Return the parameters after applying torch.optim.SGD once per row of grads.
    pass
