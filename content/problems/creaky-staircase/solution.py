def min_repair_cost(cost: list[int]) -> int:
    # best[k] for the last three positions; the floor (position -1) costs 0 and positions
    # below it are unreachable.
    inf = float("inf")
    a, b, c = inf, inf, 0  # positions i-3, i-2, i-1
    for price in cost:
        a, b, c = b, c, price + min(a, b, c)
    return min(a, b, c)  # the landing is reached from one of the top three positions
