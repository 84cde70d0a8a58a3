# Wrong on purpose: insists on landing on the top step n-1 before reaching the landing, missing climbs that stride over the last one or two steps.
def min_repair_cost(cost: list[int]) -> int:
    if not cost:
        return 0
    inf = float("inf")
    a, b, c = inf, inf, 0
    for price in cost:
        a, b, c = b, c, price + min(a, b, c)
    return c
