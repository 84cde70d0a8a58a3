# Wrong on purpose: computes macro F1 as the harmonic mean of macro precision and macro recall instead of the mean of the per-class F1 values.
def class_prf_report(y_true: list[int], y_pred: list[int], k: int) -> list[list[float]]:
    tp = [0] * k
    predicted = [0] * k
    actual = [0] * k
    for t, p in zip(y_true, y_pred):
        actual[t] += 1
        predicted[p] += 1
        if t == p:
            tp[t] += 1
    rows = []
    for c in range(k):
        p = tp[c] / predicted[c] if predicted[c] else 0.0
        r = tp[c] / actual[c] if actual[c] else 0.0
        rows.append([p, r, 2 * p * r / (p + r) if p + r else 0.0])
    mp = sum(row[0] for row in rows) / k
    mr = sum(row[1] for row in rows) / k
    rows.append([mp, mr, 2 * mp * mr / (mp + mr) if mp + mr else 0.0])
    return rows
