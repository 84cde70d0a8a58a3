def loop_start(charge: list[int], drain: list[int]) -> int:
    # Return the smallest depot index from which a full lap never runs the battery below zero, or -1.
    pass
