def count_sentry_layouts(plaza: list[str]) -> int:
    # Return how many ways n sentries can stand on free cells with no shared row, column or diagonal.
    pass
