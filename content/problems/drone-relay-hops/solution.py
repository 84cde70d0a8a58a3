def fewest_hops(reach: list[int]) -> int:
    last = len(reach) - 1
    hops = 0
    frontier_end = 0  # farthest pad reachable with `hops` hops
    farthest = 0      # farthest pad reachable with `hops + 1` hops
    for i in range(last):
        farthest = max(farthest, i + reach[i])
        if i == frontier_end:      # every pad reachable in `hops` hops has been examined
            if farthest <= i:      # and none of them gets past pad i
                return -1
            hops += 1
            frontier_end = farthest
            if frontier_end >= last:
                break
    return hops
