def is_balanced(s: str) -> bool:
    # Return True if the brackets ()[]{} in s pair up properly; other characters are ignored.
    pass
