def chart_tiers(root: "TreeNode | None") -> list[list[int]]:
    tiers: list[list[int]] = []
    level = [root] if root else []
    while level:  # breadth-first, one whole tier per iteration
        tiers.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child]
    return tiers
