public class Solution
{
    public double[][] ClipGradNorm(double[][] grads, double maxNorm)
    {
        // Return the gradients rescaled together as torch.nn.utils.clip_grad_norm_ does.
        throw new NotImplementedException();
    }
}
