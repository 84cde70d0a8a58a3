def recover_alphabet(glossary: list[str]) -> str:
    # Return the a-z-smallest ordering of the used letters that makes glossary sorted, or "".
    pass
