public class Solution
{
    public int[][] ConfusionMatrix(int[] yTrue, int[] yPred, int[] labels)
    {
        // Return the k x k counts: row = true label, column = predicted label, in the order of labels.
        throw new NotImplementedException();
    }
}
