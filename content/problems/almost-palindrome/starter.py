def is_almost_palindrome(s: str) -> bool:
    # Return True if deleting at most one character makes s a palindrome.
    pass
