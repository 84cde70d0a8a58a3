using System.Reflection;
using System.Text;

namespace MlPrep.Judge.Harness;

/// <summary>The Python files the judge puts in a box, embedded in this assembly.</summary>
internal static class PythonFiles
{
    /// <summary>The test harness (harness.py): runs every test of a submission in one process.</summary>
    public static readonly string Harness = Read("harness.py");

    /// <summary>The warm-box stub (warm.py): loads the interpreter ahead of time, then runs the harness on one submission.</summary>
    public static readonly string WarmStub = Read("warm.py");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
