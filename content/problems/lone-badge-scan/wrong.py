# Wrong on purpose: XORs all scans, the trick for values that come in pairs; with triples each staff badge survives (x ^ x ^ x = x) and pollutes the result.
def lone_badge(scans: list[int]) -> int:
    result = 0
    for value in scans:
        result ^= value
    return result
