import math


def ucb_arms(rewards: list[list[int]], c: float) -> list[int]:
    k = len(rewards[0])
    pulls, sums = [0] * k, [0] * k
    chosen = []
    for n, row in enumerate(rewards):   # n = pulls made before this round
        if n < k:
            arm = n
        else:
            log_n = math.log(n)
            best = -math.inf
            for a in range(k):
                score = sums[a] / pulls[a] + c * math.sqrt(log_n / pulls[a])
                if score > best:
                    best, arm = score, a
        pulls[arm] += 1
        sums[arm] += row[arm]
        chosen.append(arm)
    return chosen
