def max_signal(gain: list[int]) -> int:
    # Return the largest sum of gains over sensors with no two neighbours on the ring both chosen.
    pass
