def is_valid_index(root: "TreeNode | None") -> bool:
    # Return True if every left subtree holds only smaller values and every right subtree only larger ones.
    pass
