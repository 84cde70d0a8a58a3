namespace MlPrep.Core.Curriculum;

/// <summary>
/// Builds the <see cref="Curriculum"/> from a content folder. It never throws for bad content:
/// every problem becomes a <see cref="ContentError"/> with file and line, and a file with a
/// problem is skipped so the rest still loads.
/// </summary>
public static class CurriculumLoader
{
    public static Curriculum Load(string contentRoot)
    {
        var root = Path.GetFullPath(contentRoot);
        var baseDir = Path.GetDirectoryName(root) ?? root;
        string Display(string path) => Path.GetRelativePath(baseDir, path).Replace('\\', '/');

        var errors = new List<ContentError>();
        var roadmap = RoadmapReader.Read(Path.Combine(root, "roadmap.yaml"), Display(Path.Combine(root, "roadmap.yaml")), errors);
        var declared = roadmap
            .SelectMany(a => a.Sections)
            .SelectMany(s => s.Topics)
            .ToDictionary(t => t.Id, StringComparer.Ordinal);

        var files = ReadTopicFiles(Path.Combine(root, "topics"), Display, declared, errors);
        CheckPrerequisites(files, declared, errors);

        var areas = roadmap.Select(a => new Area(
            a.Id,
            a.Title,
            a.Resources,
            [.. a.Sections.Select(s => new Section(
                s.Id,
                s.Title,
                s.AreaId,
                s.IsAdvanced,
                [.. s.Topics.Select(t => new Topic(t.Id, t.Title, t.AreaId, t.SectionId, t.IsAdvanced, t.HasLab, files.GetValueOrDefault(t.Id)?.Content))]))]))
            .ToList();

        var problems = Problems.ProblemLoader.Load(Path.Combine(root, "problems"), Display, declared.Keys.ToHashSet(StringComparer.Ordinal), errors);
        var ordered = errors
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ToList();
        return new Curriculum(areas, ordered, problems);
    }

    private static Dictionary<string, TopicFile> ReadTopicFiles(
        string topicsDir,
        Func<string, string> display,
        Dictionary<string, RoadmapTopic> declared,
        List<ContentError> errors)
    {
        var files = new Dictionary<string, TopicFile>(StringComparer.Ordinal);
        if (!Directory.Exists(topicsDir))
        {
            return files;
        }

        var parsed = new List<(string Path, TopicFile File, RoadmapTopic Topic)>();
        var paths = Directory.EnumerateFiles(topicsDir, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var shown = display(path);
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException ex)
            {
                errors.Add(new ContentError(shown, 1, $"cannot read the file: {ex.Message}"));
                continue;
            }

            if (TopicFileReader.Read(text, shown, errors) is not { } file)
            {
                continue;
            }

            if (!declared.TryGetValue(file.Id, out var topic))
            {
                errors.Add(new ContentError(shown, file.IdLine, $"unknown topic id '{file.Id}': it is not in roadmap.yaml"));
                continue;
            }

            parsed.Add((path, file, topic));
        }

        // When two files claim one id, the one at the expected place wins and the other is reported.
        foreach (var group in parsed.GroupBy(p => p.File.Id, StringComparer.Ordinal))
        {
            var topic = group.First().Topic;
            var expected = Path.GetFullPath(Path.Combine(topicsDir, topic.AreaId, topic.Id + ".md"));
            var atExpected = group.FirstOrDefault(p => string.Equals(Path.GetFullPath(p.Path), expected, StringComparison.Ordinal));
            var winner = atExpected.File is not null ? atExpected : group.First();
            foreach (var other in group.Where(p => !ReferenceEquals(p.File, winner.File)))
            {
                errors.Add(new ContentError(other.File.Content.File, other.File.IdLine, $"duplicate topic id '{other.File.Id}': already defined in {winner.File.Content.File}"));
            }

            if (atExpected.File is null)
            {
                errors.Add(new ContentError(winner.File.Content.File, winner.File.IdLine, $"topic '{topic.Id}' must live in topics/{topic.AreaId}/{topic.Id}.md"));
                continue;
            }

            files.Add(topic.Id, winner.File);
        }

        return files;
    }

    /// <summary>
    /// Unknown prerequisites and cycles. A topic in a cycle is skipped, with an error that
    /// spells out the whole cycle, because no order of study satisfies it.
    /// </summary>
    private static void CheckPrerequisites(Dictionary<string, TopicFile> files, Dictionary<string, RoadmapTopic> declared, List<ContentError> errors)
    {
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Values)
        {
            foreach (var (id, line) in file.Prerequisites)
            {
                if (!declared.ContainsKey(id))
                {
                    errors.Add(new ContentError(file.Content.File, line, $"unknown prerequisite '{id}': it is not a topic id in roadmap.yaml"));
                    broken.Add(file.Id);
                }
                else if (id == file.Id)
                {
                    errors.Add(new ContentError(file.Content.File, line, $"topic '{id}' lists itself as a prerequisite"));
                    broken.Add(file.Id);
                }
            }
        }

        foreach (var cycle in FindCycles(files))
        {
            var path = string.Join(" -> ", cycle.Append(cycle[0]));
            foreach (var id in cycle)
            {
                var file = files[id];
                errors.Add(new ContentError(file.Content.File, file.PrerequisitesLine, $"prerequisite cycle: {path}"));
                broken.Add(id);
            }
        }

        foreach (var id in broken)
        {
            files.Remove(id);
        }
    }

    /// <summary>Each cycle once, found by depth-first search over written topics.</summary>
    private static List<List<string>> FindCycles(Dictionary<string, TopicFile> files)
    {
        var cycles = new List<List<string>>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the stack, 2 finished
        var stack = new List<string>();

        void Visit(string id)
        {
            state[id] = 1;
            stack.Add(id);
            foreach (var (next, _) in files[id].Prerequisites)
            {
                if (!files.ContainsKey(next) || next == id)
                {
                    continue;
                }

                var s = state.GetValueOrDefault(next);
                if (s == 1)
                {
                    cycles.Add(stack[stack.IndexOf(next)..]);
                }
                else if (s == 0)
                {
                    Visit(next);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
        }

        foreach (var id in files.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(id) == 0)
            {
                Visit(id);
            }
        }

        return cycles;
    }
}
