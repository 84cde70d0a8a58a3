# Wrong on purpose: computes softmax probabilities first and then takes their log, so a logit far below the maximum gives p = 0 and log(0) = -inf (and huge logits overflow exp).
import math


def cross_entropy_loss(logits: list[list[float]], targets: list[int], label_smoothing: float) -> float:
    total = 0.0
    for z, t in zip(logits, targets):
        try:
            e = [math.exp(v) for v in z]
        except OverflowError:
            return float("nan")
        s = sum(e)
        logp = [math.log(x / s) if x > 0 else -math.inf for x in e]
        loss = (1 - label_smoothing) * -logp[t] + label_smoothing * -sum(logp) / len(z)
        total += loss
    return total / len(logits)
