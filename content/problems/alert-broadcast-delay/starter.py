def broadcast_delay(n: int, links: list[list[int]], source: int) -> int:
    # Return the time the last server receives the alert, or -1 if some server never does.
    pass
