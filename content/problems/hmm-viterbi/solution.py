import numpy as np


def viterbi(start: list[float], trans: list[list[float]], emit: list[list[float]], obs: list[int]) -> list[int]:
    with np.errstate(divide="ignore"):
        log_start = np.log(np.asarray(start, dtype=float))
        log_trans = np.log(np.asarray(trans, dtype=float))
        log_emit = np.log(np.asarray(emit, dtype=float))
    delta = log_start + log_emit[:, obs[0]]
    back = np.zeros((len(obs), len(start)), dtype=int)
    for t in range(1, len(obs)):
        cand = delta[:, None] + log_trans          # cand[i, j] = delta(i) + ln a_ij
        back[t] = np.argmax(cand, axis=0)          # argmax returns the first (smallest) maximiser
        delta = cand[back[t], np.arange(len(start))] + log_emit[:, obs[t]]
    path = [int(np.argmax(delta))]
    for t in range(len(obs) - 1, 0, -1):
        path.append(int(back[t][path[-1]]))
    return path[::-1]
