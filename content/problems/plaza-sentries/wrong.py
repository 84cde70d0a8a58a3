# Wrong on purpose: tracks only the r - c diagonals and forgets the r + c anti-diagonals, so it counts layouts where two sentries share an anti-diagonal.
def count_sentry_layouts(plaza: list[str]) -> int:
    n = len(plaza)
    cols, diags = set(), set()

    def place(r):
        if r == n:
            return 1
        total = 0
        for c in range(n):
            if plaza[r][c] == "#" or c in cols or r - c in diags:
                continue
            cols.add(c)
            diags.add(r - c)
            total += place(r + 1)
            cols.discard(c)
            diags.discard(r - c)
        return total

    return place(0)
