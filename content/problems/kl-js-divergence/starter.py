def kl_and_js(p: list[float], q: list[float]) -> list[float]:
    # Return [D_KL(P || Q), JS(P, Q)] in nats, after normalising p and q to sum to 1.
    pass
