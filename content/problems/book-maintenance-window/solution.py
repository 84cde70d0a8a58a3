def add_window(windows: list[list[int]], extra: list[int]) -> list[list[int]]:
    a, b = extra
    result = []
    i, n = 0, len(windows)
    while i < n and windows[i][1] < a:  # ends before extra starts: untouched
        result.append(list(windows[i]))
        i += 1
    while i < n and windows[i][0] <= b:  # shares a minute with the growing window [a, b]
        a = min(a, windows[i][0])
        b = max(b, windows[i][1])
        i += 1
    result.append([a, b])
    result.extend(list(w) for w in windows[i:])  # starts after extra ends: untouched
    return result
