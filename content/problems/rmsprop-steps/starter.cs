public class Solution
{
    public double[] Rmsprop(double[] @params, double[][] grads, double lr, double alpha, double eps, bool centered)
    {
        // Return the parameters after applying torch.optim.RMSprop once per row of grads.
        throw new NotImplementedException();
    }
}
