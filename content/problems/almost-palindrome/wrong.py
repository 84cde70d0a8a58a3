# Wrong on purpose: at the first mismatch it only tries erasing the LEFT letter, so names fixed by erasing the right one (like "kayaks") are rejected.
def is_almost_palindrome(s: str) -> bool:
    lo, hi = 0, len(s) - 1
    while lo < hi:
        if s[lo] != s[hi]:
            t = s[lo + 1 : hi + 1]
            return t == t[::-1]
        lo += 1
        hi -= 1
    return True
