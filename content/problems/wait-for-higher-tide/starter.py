def days_until_higher(prices: list[int]) -> list[int]:
    # Return, for each day, the days until a strictly higher price (0 if never).
    pass
