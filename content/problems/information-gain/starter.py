def information_gain(feature: list[str], labels: list[str]) -> float:
    # Return H(labels) - sum_v |S_v|/n * H(labels in S_v), entropies in bits.
    pass
