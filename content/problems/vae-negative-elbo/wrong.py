# Wrong on purpose: samples z = mu + exp(logvar) * eps, using the variance where the standard deviation exp(logvar / 2) belongs.
import numpy as np


def vae_loss(x, mu, logvar, eps, w, c):
    x, mu, logvar, eps, w, c = (np.asarray(a, dtype=float) for a in (x, mu, logvar, eps, w, c))
    z = mu + np.exp(logvar) * eps
    logits = z @ w.T + c
    recon = (np.logaddexp(0.0, logits) - x * logits).sum(axis=1)
    kl = 0.5 * (mu ** 2 + np.exp(logvar) - 1.0 - logvar).sum(axis=1)
    return (recon + kl).tolist()
