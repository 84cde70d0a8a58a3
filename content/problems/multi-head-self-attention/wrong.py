# Wrong on purpose: scales the scores by 1/sqrt(d_model) instead of 1/sqrt(d_head), the per-head key width; it is right only with a single head.
import numpy as np


def multi_head_attention(x, wq, wk, wv, wo, num_heads, causal):
    X = np.asarray(x, dtype=float)
    n, d = X.shape
    dh = d // num_heads
    split = lambda m: m.reshape(n, num_heads, dh).transpose(1, 0, 2)
    q, k, v = (split(X @ np.asarray(w, dtype=float)) for w in (wq, wk, wv))
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    if causal:
        scores = np.where(np.tril(np.ones((n, n), dtype=bool)), scores, -np.inf)
    scores -= scores.max(axis=2, keepdims=True)
    w_ = np.exp(scores)
    w_ /= w_.sum(axis=2, keepdims=True)
    return ((w_ @ v).transpose(1, 0, 2).reshape(n, d) @ np.asarray(wo, dtype=float)).tolist()
