# Wrong on purpose: fits the stump to the targets y instead of the residuals y - current, so the leaves predict mean targets and are added on top of the current predictions.
import numpy as np


def boosting_step(x: list[float], y: list[float], current: list[float], learning_rate: float) -> list[float]:
    xs = np.asarray(x, dtype=float)
    f = np.asarray(current, dtype=float)
    r = np.asarray(y, dtype=float)
    order = np.argsort(xs, kind="stable")
    sx, sr = xs[order], r[order]
    n = len(r)
    cut = np.flatnonzero(sx[1:] > sx[:-1])
    if len(cut) == 0:
        return (f + learning_rate * r.mean()).tolist()
    prefix = np.cumsum(sr)
    n_left = cut + 1.0
    s_left = prefix[cut]
    s_right = prefix[-1] - s_left
    score = s_left ** 2 / n_left + s_right ** 2 / (n - n_left)
    best = int(np.argmax(score))
    threshold = (sx[cut[best]] + sx[cut[best] + 1]) / 2
    left, right = s_left[best] / n_left[best], s_right[best] / (n - n_left[best])
    return (f + learning_rate * np.where(xs <= threshold, left, right)).tolist()
