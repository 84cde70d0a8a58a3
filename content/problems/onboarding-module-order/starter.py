def module_order(n: int, rules: list[list[int]]) -> list[int]:
    # Return the lexicographically smallest order respecting every [before, after] rule, or [] on a cycle.
    pass
