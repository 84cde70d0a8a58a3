public class Solution
{
    public string ShortestCoveringWindow(string log, string checklist)
    {
        // Return the earliest shortest substring of log containing checklist's letters with multiplicity, or "".
        throw new NotImplementedException();
    }
}
