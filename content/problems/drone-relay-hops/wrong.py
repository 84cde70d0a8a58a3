# Wrong on purpose: greedy "always hop as far as possible", which can land on a weak pad and need extra hops or get stuck, instead of choosing the pad that reaches farthest next.
def fewest_hops(reach: list[int]) -> int:
    last = len(reach) - 1
    pad, hops = 0, 0
    while pad < last:
        if reach[pad] == 0:
            return -1
        pad = min(last, pad + reach[pad])
        hops += 1
    return hops
