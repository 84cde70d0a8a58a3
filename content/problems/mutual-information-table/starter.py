def mutual_information(counts: list[list[int]]) -> float:
    # Return I(X; Y) in bits for the joint distribution proportional to the count table.
    pass
