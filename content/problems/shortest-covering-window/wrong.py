# Wrong on purpose: treats the checklist as a SET of codes, so "KKr" is satisfied by a single K and the returned stretch is too short.
def shortest_covering_window(log: str, checklist: str) -> str:
    need = set(checklist)
    counts = {}
    have = 0
    best = ""
    left = 0
    for right, code in enumerate(log):
        counts[code] = counts.get(code, 0) + 1
        if code in need and counts[code] == 1:
            have += 1
        while have == len(need):
            if not best or right - left + 1 < len(best):
                best = log[left : right + 1]
            out = log[left]
            counts[out] -= 1
            if out in need and counts[out] == 0:
                have -= 1
            left += 1
    return best
