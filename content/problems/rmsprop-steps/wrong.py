# Wrong on purpose: adds eps inside the square root, sqrt(v + eps), as some older frameworks did; with tiny gradients the step is far too small.
import math


def rmsprop(params, grads, lr, alpha, eps, centered):
    p = list(params)
    sq = [0.0] * len(p)
    ga = [0.0] * len(p)
    for grad in grads:
        for i, g in enumerate(grad):
            sq[i] = alpha * sq[i] + (1 - alpha) * g * g
            var = sq[i]
            if centered:
                ga[i] = alpha * ga[i] + (1 - alpha) * g
                var -= ga[i] * ga[i]
            p[i] -= lr * g / math.sqrt(max(var, 0.0) + eps)
    return p
