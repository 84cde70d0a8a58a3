import numpy as np


def _softplus(u: np.ndarray) -> np.ndarray:
    return np.maximum(u, 0.0) + np.log1p(np.exp(-np.abs(u)))


def gan_losses(real_logits: list[float], fake_logits: list[float]) -> list[float]:
    real = np.asarray(real_logits, dtype=float)
    fake = np.asarray(fake_logits, dtype=float)
    d_loss = _softplus(-real).mean() + _softplus(fake).mean()
    g_loss = _softplus(-fake).mean()
    return [float(d_loss), float(g_loss)]
