def prefix_counts(names: list[str], typed: list[str]) -> list[int]:
    # For each typed string, return how many names (with repeats) start with it.
    pass
