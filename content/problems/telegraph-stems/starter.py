def shorten_message(stems: list[str], message: str) -> str:
    # Replace each word by the shortest stem that is a prefix of it (if any); keep the spacing.
    pass
