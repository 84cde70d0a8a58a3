def clip_grad_norm(grads: list[list[float]], max_norm: float) -> list[list[float]]:
    # Return the gradients rescaled together as torch.nn.utils.clip_grad_norm_ does.
    pass
