import numpy as np


def top_k_probs(logits: list[float], k: int, temperature: float) -> list[float]:
    z = np.asarray(logits, dtype=float)
    threshold = np.partition(z, len(z) - k)[len(z) - k]  # k-th largest value
    keep = z >= threshold
    w = np.where(keep, np.exp((z - z.max()) / temperature), 0.0)
    return (w / w.sum()).tolist()
