def count_sentry_layouts(plaza: list[str]) -> int:
    n = len(plaza)
    cols_used = [False] * n
    diag_used = [False] * (2 * n - 1)  # indexed by r - c + n - 1
    anti_used = [False] * (2 * n - 1)  # indexed by r + c

    def place(r: int) -> int:
        if r == n:
            return 1
        total = 0
        for c in range(n):
            d, a = r - c + n - 1, r + c
            if plaza[r][c] == "#" or cols_used[c] or diag_used[d] or anti_used[a]:
                continue
            cols_used[c] = diag_used[d] = anti_used[a] = True
            total += place(r + 1)
            cols_used[c] = diag_used[d] = anti_used[a] = False
        return total

    return place(0)
