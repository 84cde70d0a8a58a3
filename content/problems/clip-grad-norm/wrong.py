# Wrong on purpose: clips every parameter's gradient by its own norm instead of by the global norm over all of them, which changes the direction of the update.
import math


def clip_grad_norm(grads, max_norm):
    out = []
    for row in grads:
        norm = math.sqrt(sum(g * g for g in row))
        coef = min(1.0, max_norm / (norm + 1e-6))
        out.append([g * coef for g in row])
    return out
