def ddpm_noise(x0: list[list[float]], eps: list[list[float]], ts: list[int], num_steps: int, beta_start: float, beta_end: float) -> list[list[float]]:
    # Return sqrt(alpha_bar_t) * x0 + sqrt(1 - alpha_bar_t) * eps for each row (linear beta schedule, t 1-based).
    pass
