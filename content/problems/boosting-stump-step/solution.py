import numpy as np


def boosting_step(x: list[float], y: list[float], current: list[float], learning_rate: float) -> list[float]:
    xs = np.asarray(x, dtype=float)
    f = np.asarray(current, dtype=float)
    r = np.asarray(y, dtype=float) - f                 # residuals = negative gradient of squared loss
    order = np.argsort(xs, kind="stable")
    sx, sr = xs[order], r[order]
    n = len(r)
    cut = np.flatnonzero(sx[1:] > sx[:-1])             # left side = sorted items 0..cut
    if len(cut) == 0:
        return (f + learning_rate * r.mean()).tolist()
    prefix = np.cumsum(sr)
    n_left = cut + 1.0
    s_left = prefix[cut]
    s_right = prefix[-1] - s_left
    # SSE = sum r^2 - (S_L^2 / n_L + S_R^2 / n_R)
    total_sq = float(np.dot(r, r))
    sse = total_sq - (s_left ** 2 / n_left + s_right ** 2 / (n - n_left))
    best = int(np.flatnonzero(sse <= sse.min() + 1e-9 * (1 + total_sq))[0])  # ties: smallest threshold
    threshold = (sx[cut[best]] + sx[cut[best] + 1]) / 2
    left_value = s_left[best] / n_left[best]
    right_value = s_right[best] / (n - n_left[best])
    return (f + learning_rate * np.where(xs <= threshold, left_value, right_value)).tolist()
