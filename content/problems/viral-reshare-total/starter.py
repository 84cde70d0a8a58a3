def reshare_total(a: int, hours: int, m: int) -> int:
    # Return (1 + a + a^2 + ... + a^(hours-1)) mod m.
    pass
