# Wrong on purpose: when fusing, keeps extra's own start instead of the smaller start of the first overlapping window, so a window that begins before extra gets cut short.
def add_window(windows: list[list[int]], extra: list[int]) -> list[list[int]]:
    a, b = extra
    result = []
    i, n = 0, len(windows)
    while i < n and windows[i][1] < a:
        result.append(list(windows[i]))
        i += 1
    while i < n and windows[i][0] <= b:
        b = max(b, windows[i][1])
        i += 1
    result.append([a, b])
    result.extend(list(w) for w in windows[i:])
    return result
