def lone_badge(scans: list[int]) -> int:
    # Per bit, count the scans mod 3 with two bit masks: `ones` holds the bits seen once (mod 3),
    # `twos` the bits seen twice. A bit seen a third time is cleared from both.
    ones = twos = 0
    for value in scans:
        value &= 0xFFFFFFFF  # the 32-bit two's-complement pattern
        ones = (ones ^ value) & ~twos
        twos = (twos ^ value) & ~ones
    # Only the lone badge's bits survive in `ones`; restore the sign of the 32-bit pattern.
    return ones - (1 << 32) if ones >= 1 << 31 else ones
