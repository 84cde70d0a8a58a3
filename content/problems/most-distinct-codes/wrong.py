# Wrong on purpose: assumes the best pair must contain the largest code and only XORs the maximum with every other code.
def max_xor_pair(codes: list[int]) -> int:
    top = max(codes)
    best = 0
    for i, code in enumerate(codes):
        if i != codes.index(top):
            best = max(best, top ^ code)
    return best
