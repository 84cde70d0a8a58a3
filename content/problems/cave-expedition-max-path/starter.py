def best_expedition(root: "TreeNode") -> int:
    # Return the maximum sum of scores over all paths (at least one node) in the tree.
    pass
