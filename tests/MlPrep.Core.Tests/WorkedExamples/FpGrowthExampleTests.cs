using System.Text;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of ml.fp-growth: the FP-tree of six baskets and its conditional pattern bases.</summary>
public sealed class FpGrowthExampleTests
{
    private const string Topic = "ml.fp-growth";
    private const int MinCount = 3;

    private static readonly string[][] Baskets =
    [
        ["bread", "butter", "milk"],
        ["bread", "butter", "milk"],
        ["bread", "butter", "eggs", "milk"],
        ["bread", "eggs", "milk"],
        ["bread", "eggs"],
        ["eggs", "jam", "milk"],
    ];

    [Fact]
    public void ItemOrder_MatchesTheNotes()
    {
        var order = FrequentOrder(Baskets.Select(b => (b, 1)));
        Assert.Equal(["bread", "milk", "eggs", "butter"], order);
        Assert.Equal([5, 5, 4, 3, 1], new[] { "bread", "milk", "eggs", "butter", "jam" }.Select(i => Baskets.Count(b => b.Contains(i))));
        Notes.Mention(Topic, "Scan 1 gives bread 5, milk 5, eggs 4, butter 3 and drops jam 1");
        foreach (var basket in Baskets)
        {
            var ordered = string.Join(", ", order.Where(basket.Contains));
            Notes.Mention(Topic, $"| {string.Join(", ", basket)} | {ordered} |");
        }
    }

    [Fact]
    public void TreeAndHeaderTable_MatchTheNotes()
    {
        var tree = FpTree.Build(Baskets.Select(b => (b, 1)));

        Notes.Mention(Topic, "```text\n" + tree.Render() + "```");
        var nodes = tree.Header.Values.Sum(list => list.Count);
        var occurrences = Baskets.Sum(b => b.Count(tree.Header.ContainsKey));
        Assert.Equal(8, nodes);
        Assert.Equal(17, occurrences);
        Notes.Mention(Topic, "The 17 item occurrences fit in 8 nodes.");

        foreach (var item in tree.Items)
        {
            var list = tree.Header[item];
            var support = list.Sum(n => n.Count);
            var counts = string.Join(", ", list.Select(n => n.Count));
            var noun = list.Count == 1 ? "node" : "nodes";
            Notes.Mention(Topic, $"| {item} | {support} | {list.Count} {noun} ({counts}) |");
        }
    }

    [Fact]
    public void ConditionalPatternBases_MatchTheNotes()
    {
        var tree = FpTree.Build(Baskets.Select(b => (b, 1)));

        var butter = tree.PatternBase("butter");
        Notes.Mention(Topic, "Its conditional pattern base is " + string.Join(" and ", butter.Select(Format)) + ".");
        var inside = FrequentCounts(butter);
        Assert.Equal(3, inside["bread"]);
        Assert.Equal(3, inside["milk"]);
        Assert.Equal(1, inside["eggs"]);
        Notes.Mention(Topic, "bread counts 3, milk 3 and eggs 1, so eggs is dropped and the conditional tree is the single path bread:3, milk:3");

        Notes.Mention(Topic, "Eggs has base " + string.Join(", ", tree.PatternBase("eggs").Select(Format)));
        Notes.Mention(Topic, "Milk's base " + string.Join(", ", tree.PatternBase("milk").Select(Format)) + " gives {bread, milk} 4");
    }

    [Fact]
    public void MinedItemsets_AgreeWithBruteForce()
    {
        var mined = new Dictionary<string, int>();
        Mine(Baskets.Select(b => (b, 1)).ToList(), [], mined);

        var items = Baskets.SelectMany(b => b).Distinct().ToArray();
        var bruteForce = Enumerable.Range(1, (1 << items.Length) - 1)
            .Select(mask => items.Where((_, i) => (mask & (1 << i)) != 0).ToArray())
            .Select(set => (Key: Key(set), Count: Baskets.Count(b => set.All(b.Contains))))
            .Where(x => x.Count >= MinCount)
            .ToDictionary(x => x.Key, x => x.Count);

        Assert.Equal(10, mined.Count);
        Assert.Equal(bruteForce.OrderBy(p => p.Key, StringComparer.Ordinal), mined.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(3, mined[Key(["bread", "milk", "butter"])]);
        Assert.Equal(2, Baskets.Count(b => b.Contains("bread") && b.Contains("milk") && b.Contains("eggs")));
        Notes.Mention(Topic, "In total 10 frequent itemsets, exactly Apriori's");
    }

    private static string Format((string[] Path, int Count) entry) => $"{{{string.Join(", ", entry.Path)}}}: {entry.Count}";

    private static string Key(IEnumerable<string> itemset) => string.Join(",", itemset.Order(StringComparer.Ordinal));

    private static Dictionary<string, int> FrequentCounts(IEnumerable<(string[] Path, int Count)> database) =>
        database.SelectMany(t => t.Path.Select(item => (item, t.Count)))
            .GroupBy(x => x.item)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));

    /// <summary>Frequent items by descending count, ties broken alphabetically (the F-list).</summary>
    private static List<string> FrequentOrder(IEnumerable<(string[] Path, int Count)> database) =>
        FrequentCounts(database)
            .Where(p => p.Value >= MinCount)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key)
            .ToList();

    /// <summary>FP-Growth: for each item of the tree, bottom of the header table first, record the itemset
    /// (item plus suffix) and recurse on the item's conditional pattern base.</summary>
    private static void Mine(List<(string[] Path, int Count)> database, string[] suffix, Dictionary<string, int> found)
    {
        var tree = FpTree.Build(database);
        foreach (var item in Enumerable.Reverse(tree.Items))
        {
            string[] itemset = [item, .. suffix];
            found[Key(itemset)] = tree.Header[item].Sum(n => n.Count);
            Mine(tree.PatternBase(item), itemset, found);
        }
    }

    private sealed class FpNode(string? item, FpNode? parent)
    {
        public string? Item { get; } = item;

        public FpNode? Parent { get; } = parent;

        public int Count { get; set; }

        public List<FpNode> Children { get; } = [];
    }

    private sealed class FpTree
    {
        private readonly FpNode _root = new(null, null);

        /// <summary>The frequent items in F-list order (the rows of the header table).</summary>
        public List<string> Items { get; } = [];

        /// <summary>The node list of each item (the header table's node-links).</summary>
        public Dictionary<string, List<FpNode>> Header { get; } = [];

        public static FpTree Build(IEnumerable<(string[] Path, int Count)> database)
        {
            var rows = database.ToList();
            var tree = new FpTree();
            foreach (var item in FrequentOrder(rows))
            {
                tree.Items.Add(item);
                tree.Header[item] = [];
            }

            foreach (var (path, count) in rows)
            {
                var node = tree._root;
                foreach (var item in tree.Items.Where(path.Contains))
                {
                    var child = node.Children.FirstOrDefault(c => c.Item == item);
                    if (child is null)
                    {
                        child = new FpNode(item, node);
                        node.Children.Add(child);
                        tree.Header[item].Add(child);
                    }

                    child.Count += count;
                    node = child;
                }
            }

            return tree;
        }

        /// <summary>The prefix path above each node of the item, weighted by that node's count.</summary>
        public List<(string[] Path, int Count)> PatternBase(string item)
        {
            var result = new List<(string[] Path, int Count)>();
            foreach (var node in Header[item])
            {
                var path = new List<string>();
                for (var p = node.Parent; p?.Item is not null; p = p.Parent)
                {
                    path.Insert(0, p.Item);
                }

                if (path.Count > 0)
                {
                    result.Add(([.. path], node.Count));
                }
            }

            return result;
        }

        public string Render()
        {
            var text = new StringBuilder("root\n");
            Render(_root, "", text);
            return text.ToString();
        }

        private static void Render(FpNode node, string indent, StringBuilder text)
        {
            for (var i = 0; i < node.Children.Count; i++)
            {
                var child = node.Children[i];
                var last = i == node.Children.Count - 1;
                text.Append(indent).Append(last ? "└── " : "├── ").Append(child.Item).Append(':').Append(child.Count).Append('\n');
                Render(child, indent + (last ? "    " : "│   "), text);
            }
        }
    }
}
