def reshare_total(a: int, hours: int, m: int) -> int:
    a %= m
    # Walk the bits of `hours` from the top, keeping for the prefix k read so far
    # total = S(k) = 1 + a + ... + a^(k-1) and power = a^k (both mod m).
    total, power = 0, 1 % m
    for bit in bin(hours)[2:] if hours else "":
        total = total * (1 + power) % m  # S(2k) = S(k) * (1 + a^k)
        power = power * power % m        # a^(2k)
        if bit == "1":
            total = (total + power) % m  # S(2k + 1) = S(2k) + a^(2k)
            power = power * a % m
    return total
