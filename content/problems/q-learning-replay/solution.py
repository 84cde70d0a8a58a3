def q_learning(q0: list[list[float]], transitions: list[list[int]], rewards: list[float], alpha: float, gamma: float) -> list[list[float]]:
    q = [list(row) for row in q0]
    for (s, a, s_next, done), r in zip(transitions, rewards):
        target = r if done else r + gamma * max(q[s_next])
        q[s][a] += alpha * (target - q[s][a])
    return q
