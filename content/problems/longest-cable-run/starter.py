def longest_run(root: "TreeNode | None") -> int:
    # Return the number of edges on the longest path between any two nodes.
    pass
