# Wrong on purpose: approximates ln k! by the crude Stirling form k ln k - k, which is off by about 0.5 ln(2 pi k).
import math


def _log_fact(k):
    return 0.0 if k == 0 else k * math.log(k) - k


def log_probs(kinds, params, xs):
    out = []
    for kind, prm, x in zip(kinds, params, xs):
        if kind == "binomial":
            n, p = prm
            out.append(_log_fact(n) - _log_fact(x) - _log_fact(n - x) + x * math.log(p) + (n - x) * math.log1p(-p))
        elif kind == "poisson":
            out.append(x * math.log(prm[0]) - prm[0] - _log_fact(x))
        else:
            mu, sigma = prm
            out.append(-0.5 * math.log(2 * math.pi) - math.log(sigma) - (x - mu) ** 2 / (2 * sigma ** 2))
    return out
