# Wrong on purpose: pops on "<=" instead of "<", so an EQUAL later price is taken as a better deal.
def days_until_higher(prices: list[int]) -> list[int]:
    wait = [0] * len(prices)
    waiting = []
    for day, price in enumerate(prices):
        while waiting and prices[waiting[-1]] <= price:
            earlier = waiting.pop()
            wait[earlier] = day - earlier
        waiting.append(day)
    return wait
