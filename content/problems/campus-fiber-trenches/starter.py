def min_trench_cost(n: int, trenches: list[list[int]]) -> int:
    # Return the minimum total cost to link all buildings, or -1 if impossible.
    pass
