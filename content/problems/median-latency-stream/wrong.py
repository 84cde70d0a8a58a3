# Wrong on purpose: re-sorts the whole prefix after every arrival, O(n^2 log n), which is too slow for the 12,000-value test.
def running_medians(latencies: list[int]) -> list[float]:
    medians = []
    for i in range(len(latencies)):
        v = sorted(latencies[: i + 1])
        m = len(v)
        medians.append(float(v[m // 2]) if m % 2 else (v[m // 2 - 1] + v[m // 2]) / 2)
    return medians
