# Wrong on purpose: keeps exactly k tokens by sorted index, so a token tied with the k-th largest logit is dropped.
import math


def top_k_probs(logits: list[float], k: int, temperature: float) -> list[float]:
    order = sorted(range(len(logits)), key=lambda i: -logits[i])[:k]
    m = max(logits)
    w = [0.0] * len(logits)
    for i in order:
        w[i] = math.exp((logits[i] - m) / temperature)
    s = sum(w)
    return [x / s for x in w]
