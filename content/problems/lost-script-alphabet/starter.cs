public class Solution
{
    public string RecoverAlphabet(string[] glossary)
    {
        // Return the a-z-smallest ordering of the used letters that makes glossary sorted, or "".
        throw new NotImplementedException();
    }
}
