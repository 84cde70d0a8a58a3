from collections import Counter


def shortest_covering_window(log: str, checklist: str) -> str:
    need = Counter(checklist)
    missing = len(checklist)  # birds still needed, counted with multiplicity
    best_start, best_len = 0, len(log) + 1
    left = 0
    for right, code in enumerate(log):
        if need[code] > 0:
            missing -= 1
        need[code] -= 1  # negative means a surplus inside the window
        while missing == 0:
            if right - left + 1 < best_len:  # strict: keep the earliest of equal lengths
                best_start, best_len = left, right - left + 1
            out = log[left]
            need[out] += 1
            if need[out] > 0:
                missing += 1
            left += 1
    return log[best_start : best_start + best_len] if best_len <= len(log) else ""
