public class Solution
{
    public double[] SgdMomentum(double[] @params, double[][] grads, double lr, double momentum, double weightDecay, bool nesterov)
    {
        // Return the parameters after applying torch.optim.SGD once per row of grads.
        throw new NotImplementedException();
    }
}
