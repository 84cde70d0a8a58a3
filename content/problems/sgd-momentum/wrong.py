# Wrong on purpose: keeps an exponential moving average of the gradients, b = mu*b + (1 - mu)*g, instead of PyTorch's undamped b = mu*b + g, so every step is (1 - mu) times too small.
def sgd_momentum(params, grads, lr, momentum, weight_decay, nesterov):
    p = list(params)
    buf = [0.0] * len(p)
    for grad in grads:
        for i in range(len(p)):
            g = grad[i] + weight_decay * p[i]
            buf[i] = momentum * buf[i] + (1 - momentum) * g
            step = g + momentum * buf[i] if nesterov else buf[i]
            p[i] -= lr * step
    return p
