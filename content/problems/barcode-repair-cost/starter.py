def repair_cost(scanned: str, reference: str, insert_cost: int, delete_cost: int, replace_cost: int) -> int:
    # Return the cheapest total price of inserts, deletes and replacements turning scanned into reference.
    pass
