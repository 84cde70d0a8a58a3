def days_until_higher(prices: list[int]) -> list[int]:
    wait = [0] * len(prices)
    waiting = []  # days without a higher price yet; their prices never increase bottom to top
    for day, price in enumerate(prices):
        while waiting and prices[waiting[-1]] < price:
            earlier = waiting.pop()
            wait[earlier] = day - earlier
        waiting.append(day)
    return wait
