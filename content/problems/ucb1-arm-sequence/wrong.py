# Wrong on purpose: uses the 1-based round number t = n + 1 inside the logarithm instead of the n pulls made so far.
import math


def ucb_arms(rewards, c):
    k = len(rewards[0])
    pulls, sums, chosen = [0] * k, [0] * k, []
    for n, row in enumerate(rewards):
        if n < k:
            arm = n
        else:
            arm = max(range(k), key=lambda a: (sums[a] / pulls[a] + c * math.sqrt(math.log(n + 1) / pulls[a]), -a))
        pulls[arm] += 1
        sums[arm] += row[arm]
        chosen.append(arm)
    return chosen
