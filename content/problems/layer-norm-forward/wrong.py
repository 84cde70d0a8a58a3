# Wrong on purpose: computes the variance as E[x^2] - E[x]^2 in one pass, which cancels catastrophically when the row has a large common offset (values near 1e8 with spread 1).
def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float], eps: float) -> list[list[float]]:
    out = []
    for row in x:
        d = len(row)
        mean = sum(row) / d
        var = max(sum(v * v for v in row) / d - mean * mean, 0.0)
        inv = (var + eps) ** -0.5
        out.append([(v - mean) * inv * g + b for v, g, b in zip(row, gamma, beta)])
    return out
