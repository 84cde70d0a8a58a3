# Wrong on purpose: keeps only tokens whose running sum stays at or below p, so the token that crosses the threshold is dropped.
def nucleus_filter(probs: list[float], p: float) -> list[float]:
    order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    kept, total = [order[0]], probs[order[0]]
    for i in order[1:]:
        if total + probs[i] > p:
            break
        kept.append(i)
        total += probs[i]
    out = [0.0] * len(probs)
    for i in kept:
        out[i] = probs[i] / total
    return out
