def adam_step(params: list[float], grads: list[float], m: list[float], v: list[float], t: int, lr: float) -> list[list[float]]:
    # Return [new_params, new_m, new_v] after Adam step t (beta1 0.9, beta2 0.999, eps 1e-8).
    pass
