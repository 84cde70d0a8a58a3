import numpy as np


def class_prf_report(y_true: list[int], y_pred: list[int], k: int) -> list[list[float]]:
    t = np.asarray(y_true)
    p = np.asarray(y_pred)
    tp = np.bincount(t[t == p], minlength=k).astype(float)
    predicted = np.bincount(p, minlength=k)   # TP + FP
    actual = np.bincount(t, minlength=k)      # TP + FN
    precision = np.divide(tp, predicted, out=np.zeros(k), where=predicted > 0)
    recall = np.divide(tp, actual, out=np.zeros(k), where=actual > 0)
    total = precision + recall
    f1 = np.divide(2 * precision * recall, total, out=np.zeros(k), where=total > 0)
    rows = np.column_stack([precision, recall, f1])
    return np.vstack([rows, rows.mean(axis=0)]).tolist()
