def nucleus_filter(probs: list[float], p: float) -> list[float]:
    order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    kept, total = [], 0.0
    for i in order:
        kept.append(i)
        total += probs[i]
        if total >= p:
            break
    out = [0.0] * len(probs)
    for i in kept:
        out[i] = probs[i] / total
    return out
