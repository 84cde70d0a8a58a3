def count_routes(field: list[list[int]]) -> int:
    # Return the number of east/south routes avoiding trees, modulo 1_000_000_007.
    pass
