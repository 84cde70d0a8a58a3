# Wrong on purpose: off-by-one schedule beta_s = beta_start + (beta_end - beta_start) * s / T, as if from linspace(start, end, T + 1)[1:].
import math


def ddpm_noise(x0, eps, ts, num_steps, beta_start, beta_end):
    alpha_bar = [1.0]
    for s in range(1, num_steps + 1):
        beta = beta_start + (beta_end - beta_start) * s / num_steps
        alpha_bar.append(alpha_bar[-1] * (1 - beta))
    out = []
    for row, e, t in zip(x0, eps, ts):
        a = alpha_bar[t]
        out.append([math.sqrt(a) * u + math.sqrt(1 - a) * v for u, v in zip(row, e)])
    return out
