def vae_loss(x: list[list[int]], mu: list[list[float]], logvar: list[list[float]], eps: list[list[float]], w: list[list[float]], c: list[float]) -> list[float]:
    # Return each image's negative ELBO: summed Bernoulli NLL of the decoded sample plus the KL to N(0, I).
    pass
