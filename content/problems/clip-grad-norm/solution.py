import math


def clip_grad_norm(grads: list[list[float]], max_norm: float) -> list[list[float]]:
    total_norm = math.sqrt(sum(g * g for row in grads for g in row))
    coef = min(1.0, max_norm / (total_norm + 1e-6))
    return [[g * coef for g in row] for row in grads]
