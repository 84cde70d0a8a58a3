def chart_tiers(root: "TreeNode | None") -> list[list[int]]:
    # Return the node values level by level, each level left to right.
    pass
