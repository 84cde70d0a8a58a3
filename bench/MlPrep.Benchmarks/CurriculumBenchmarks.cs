using BenchmarkDotNet.Attributes;
using MlPrep.Core.Curriculum;
using MlPrep.Core.Search;

namespace MlPrep.Benchmarks;

/// <summary>
/// Start-up cost (parse and validate every content file, build the search index) and the
/// cost of one search, over the shipped content.
/// </summary>
[MemoryDiagnoser]
public class CurriculumBenchmarks
{
    private string _contentDir = "";
    private SearchIndex? _index;

    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "content", "roadmap.yaml")))
            {
                _contentDir = Path.Combine(dir.FullName, "content");
                break;
            }
        }

        _index = new SearchIndex(CurriculumLoader.Load(_contentDir));
    }

    [Benchmark]
    public int LoadCurriculum() => CurriculumLoader.Load(_contentDir).TopicCount;

    [Benchmark]
    public int BuildSearchIndex()
    {
        using var index = new SearchIndex(CurriculumLoader.Load(_contentDir));
        return index.DocumentCount;
    }

    [Benchmark]
    public int Search() => _index!.Search("lasso ridge penalty", 20).Count;

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();
}
