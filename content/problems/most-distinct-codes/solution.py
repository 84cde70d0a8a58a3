def max_xor_pair(codes: list[int]) -> int:
    best = 0
    mask = 0
    for bit in range(30, -1, -1):
        mask |= 1 << bit
        prefixes = {code & mask for code in codes}  # the codes cut to their top bits
        candidate = best | (1 << bit)               # can this bit be 1 as well?
        # Two prefixes p, q with p ^ q == candidate exist iff candidate ^ p is also a prefix.
        if any(candidate ^ p in prefixes for p in prefixes):
            best = candidate
    return best
