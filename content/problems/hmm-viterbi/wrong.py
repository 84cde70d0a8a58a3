# Wrong on purpose: runs Viterbi on raw probabilities, which underflow to 0 on long sequences, so every score ties and the path is wrong.
def viterbi(start: list[float], trans: list[list[float]], emit: list[list[float]], obs: list[int]) -> list[int]:
    n = len(start)
    delta = [start[j] * emit[j][obs[0]] for j in range(n)]
    back = []
    for o in obs[1:]:
        ptr, new = [], []
        for j in range(n):
            best = max(range(n), key=lambda i: (delta[i] * trans[i][j], -i))
            ptr.append(best)
            new.append(delta[best] * trans[best][j] * emit[j][o])
        back.append(ptr)
        delta = new
    path = [max(range(n), key=lambda j: (delta[j], -j))]
    for ptr in reversed(back):
        path.append(ptr[path[-1]])
    return path[::-1]
