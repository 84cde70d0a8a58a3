def shortest_covering_window(log: str, checklist: str) -> str:
    # Return the earliest shortest substring of log containing checklist's letters with multiplicity, or "".
    pass
