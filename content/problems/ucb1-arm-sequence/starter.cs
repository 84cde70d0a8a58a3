public class Solution
{
    public int[] UcbArms(int[][] rewards, double c)
    {
        // Return the arm UCB1 pulls in each round (untried arms first, ties to the smallest index).
        throw new NotImplementedException();
    }
}
