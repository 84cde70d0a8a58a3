import math

_HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)


def log_probs(kinds: list[str], params: list[list[float]], xs: list[float]) -> list[float]:
    out = []
    for kind, prm, x in zip(kinds, params, xs):
        if kind == "binomial":
            n, p = prm
            out.append(math.lgamma(n + 1) - math.lgamma(x + 1) - math.lgamma(n - x + 1)
                       + x * math.log(p) + (n - x) * math.log1p(-p))
        elif kind == "poisson":
            (lam,) = prm
            out.append(x * math.log(lam) - lam - math.lgamma(x + 1))
        else:
            mu, sigma = prm
            z = (x - mu) / sigma
            out.append(-_HALF_LOG_2PI - math.log(sigma) - 0.5 * z * z)
    return out
