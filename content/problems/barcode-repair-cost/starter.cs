public class Solution
{
    public long RepairCost(string scanned, string reference, int insertCost, int deleteCost, int replaceCost)
    {
        // Return the cheapest total price of inserts, deletes and replacements turning scanned into reference.
        throw new NotImplementedException();
    }
}
