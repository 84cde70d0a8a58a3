def is_almost_palindrome(s: str) -> bool:
    def mirrored(lo: int, hi: int) -> bool:
        while lo < hi:
            if s[lo] != s[hi]:
                return False
            lo += 1
            hi -= 1
        return True

    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] != s[hi]:
            # The erased letter must be one of these two; try both.
            return mirrored(lo + 1, hi) or mirrored(lo, hi - 1)
        lo += 1
        hi -= 1
    return True
