import numpy as np


def sgd_momentum(params: list[float], grads: list[list[float]], lr: float, momentum: float,
                 weight_decay: float, nesterov: bool) -> list[float]:
    p = np.asarray(params, dtype=float)
    buf = np.zeros_like(p)                  # b_0 = 0, so b_1 = g_1 as in PyTorch
    for g_row in grads:
        g = np.asarray(g_row, dtype=float) + weight_decay * p
        buf = momentum * buf + g
        step = g + momentum * buf if nesterov else buf
        p = p - lr * step
    return p.tolist()
