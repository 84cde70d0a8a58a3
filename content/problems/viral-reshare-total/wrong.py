# Wrong on purpose: uses the closed form (a^hours - 1) / (a - 1) with a Fermat inverse pow(a - 1, m - 2, m), which is only valid when m is prime and a - 1 is not a multiple of m.
def reshare_total(a: int, hours: int, m: int) -> int:
    a %= m
    if a == 1 % m:
        return hours % m
    return (pow(a, hours, m) - 1) * pow(a - 1, m - 2, m) % m
