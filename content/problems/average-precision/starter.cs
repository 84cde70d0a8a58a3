public class Solution
{
    public double AveragePrecision(int[] labels, double[] scores)
    {
        // Return the step-wise area under the precision-recall curve (tied scores form one step).
        throw new NotImplementedException();
    }
}
