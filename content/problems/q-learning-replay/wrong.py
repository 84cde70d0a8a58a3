# Wrong on purpose: ignores the done flag and bootstraps from the next state's row even after a terminal transition.
def q_learning(q0, transitions, rewards, alpha, gamma):
    q = [list(row) for row in q0]
    for (s, a, s_next, done), r in zip(transitions, rewards):
        target = r + gamma * max(q[s_next])
        q[s][a] += alpha * (target - q[s][a])
    return q
