# Wrong on purpose: uses the saturating minimax generator loss mean(ln(1 - D(fake))) instead of the non-saturating -mean(ln D(fake)).
import numpy as np


def _softplus(u):
    return np.maximum(u, 0.0) + np.log1p(np.exp(-np.abs(u)))


def gan_losses(real_logits, fake_logits):
    real = np.asarray(real_logits, dtype=float)
    fake = np.asarray(fake_logits, dtype=float)
    d_loss = _softplus(-real).mean() + _softplus(fake).mean()
    g_loss = -_softplus(fake).mean()
    return [float(d_loss), float(g_loss)]
