def fewest_tokens(values: list[int], amount: int) -> int:
    # Return the fewest tokens summing exactly to amount, or -1 if impossible.
    pass
