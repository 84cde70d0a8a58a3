import numpy as np


def vae_loss(x: list[list[int]], mu: list[list[float]], logvar: list[list[float]], eps: list[list[float]], w: list[list[float]], c: list[float]) -> list[float]:
    x, mu, logvar, eps, w, c = (np.asarray(a, dtype=float) for a in (x, mu, logvar, eps, w, c))
    z = mu + np.exp(0.5 * logvar) * eps
    logits = z @ w.T + c
    recon = (np.logaddexp(0.0, logits) - x * logits).sum(axis=1)   # softplus(l) - x l
    kl = 0.5 * (mu ** 2 + np.exp(logvar) - 1.0 - logvar).sum(axis=1)
    return (recon + kl).tolist()
