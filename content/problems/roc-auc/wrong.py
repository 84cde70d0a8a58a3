# Wrong on purpose: ranks the scores by a plain stable sort without averaging the ranks of tied scores, so ties count as whole wins or losses instead of halves.
import numpy as np


def roc_auc(labels: list[int], scores: list[float]) -> float:
    y = np.asarray(labels) == 1
    s = np.asarray(scores, dtype=float)
    order = np.argsort(s, kind="stable")
    ranks = np.empty(len(s), dtype=float)
    ranks[order] = np.arange(1, len(s) + 1)
    n_pos = int(y.sum())
    n_neg = len(s) - n_pos
    wins = ranks[y].sum() - n_pos * (n_pos + 1) / 2.0
    return float(wins / (n_pos * n_neg))
