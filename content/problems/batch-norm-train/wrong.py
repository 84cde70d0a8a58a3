# Wrong on purpose: updates the running variance with the biased batch variance (divide by N) instead of the unbiased one (divide by N - 1) that PyTorch stores.
import numpy as np


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum, eps):
    a = np.asarray(x, dtype=float)
    mean = a.mean(axis=0)
    var = a.var(axis=0)
    y = (a - mean) / np.sqrt(var + eps) * np.asarray(gamma) + np.asarray(beta)
    new_mean = (1 - momentum) * np.asarray(running_mean) + momentum * mean
    new_var = (1 - momentum) * np.asarray(running_var) + momentum * var
    return y.tolist() + [new_mean.tolist(), new_var.tolist()]
