def is_valid_index(root: "TreeNode | None") -> bool:
    # Each node must lie strictly inside the open interval (low, high) set by its ancestors;
    # None means "no bound", which avoids sentinel values clashing with -2^31 or 2^31 - 1.
    stack = [(root, None, None)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if (low is not None and node.val <= low) or (high is not None and node.val >= high):
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
