def q_learning(q0: list[list[float]], transitions: list[list[int]], rewards: list[float], alpha: float, gamma: float) -> list[list[float]]:
    # Return the Q table after replaying the transitions in order (no bootstrap from terminal ones).
    pass
