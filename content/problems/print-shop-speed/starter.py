def min_print_speed(jobs: list[int], hours: int) -> int:
    # Return the smallest pages-per-hour speed that prints all jobs within hours.
    pass
