def gan_losses(real_logits: list[float], fake_logits: list[float]) -> list[float]:
    # Return [discriminator BCE loss, non-saturating generator loss], computed stably from logits.
    pass
