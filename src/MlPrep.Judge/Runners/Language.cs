namespace MlPrep.Judge.Runners;

public enum Language
{
    Python,
    CSharp,
}

public static class LanguageNames
{
    public static bool TryParse(string? name, out Language language)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "python" or "py" or "python3":
                language = Language.Python;
                return true;
            case "csharp" or "cs" or "c#":
                language = Language.CSharp;
                return true;
            default:
                language = Language.Python;
                return false;
        }
    }

    public static string ToSlug(this Language language) => language == Language.Python ? "python" : "csharp";
}
