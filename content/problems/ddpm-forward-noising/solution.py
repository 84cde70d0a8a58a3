import numpy as np


def ddpm_noise(x0: list[list[float]], eps: list[list[float]], ts: list[int], num_steps: int, beta_start: float, beta_end: float) -> list[list[float]]:
    betas = np.linspace(beta_start, beta_end, num_steps)   # beta_1 .. beta_T
    alpha_bar = np.cumprod(1.0 - betas)                    # alpha_bar[t - 1] is alpha-bar of step t
    ab = alpha_bar[np.asarray(ts) - 1][:, None]
    return (np.sqrt(ab) * np.asarray(x0, dtype=float) + np.sqrt(1.0 - ab) * np.asarray(eps, dtype=float)).tolist()
