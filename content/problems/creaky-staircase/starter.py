def min_repair_cost(cost: list[int]) -> int:
    # Return the least total cost of the steps landed on when climbing 1, 2 or 3 steps at a time.
    pass
