using System.Globalization;

namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of coding.stacks-queues: a Reverse Polish evaluation and a queue made of two stacks.</summary>
public sealed class CodingStacksQueuesExampleTests
{
    private const string Topic = "coding.stacks-queues";
    private static readonly string[] Tokens = ["6", "2", "3", "+", "4", "*", "+", "8", "-"];

    private static int Apply(string op, int a, int b) => op switch
    {
        "+" => a + b,
        "-" => a - b,
        "*" => a * b,
        _ => a / b,
    };

    private static int Evaluate(IEnumerable<string> tokens, List<string>? states = null)
    {
        var stack = new Stack<int>();
        foreach (var token in tokens)
        {
            if (token is "+" or "-" or "*" or "/")
            {
                var b = stack.Pop();
                var a = stack.Pop();
                stack.Push(Apply(token, a, b));
            }
            else
            {
                stack.Push(int.Parse(token, CultureInfo.InvariantCulture));
            }

            states?.Add("[" + string.Join(", ", stack.Reverse()) + "]");
        }

        return stack.Pop();
    }

    [Fact]
    public void ReversePolish_MatchesTheTrace()
    {
        var states = new List<string>();
        var result = Evaluate(Tokens, states);

        Notes.Shows(Topic, "18", result, 0);
        Assert.Equal(6 + ((2 + 3) * 4) - 8, result);
        foreach (var state in states.Skip(2))
        {
            Notes.Mention(Topic, state);
        }
    }

    [Fact]
    public void Division_TruncatesTowardZero()
    {
        Notes.Shows(Topic, "−3", Evaluate(["-7", "2", "/"]), 0);
        Notes.Shows(Topic, "−4", Math.Floor(-7 / 2.0), 0);
    }

    [Fact]
    public void TwoStackQueue_MovesEachItemOnce()
    {
        var inbox = new Stack<int>();
        var outbox = new Stack<int>();
        var transfers = new List<int>();

        int Pop()
        {
            if (outbox.Count == 0)
            {
                var moved = 0;
                while (inbox.Count > 0)
                {
                    outbox.Push(inbox.Pop());
                    moved++;
                }

                transfers.Add(moved);
            }

            return outbox.Pop();
        }

        inbox.Push(1);
        inbox.Push(2);
        inbox.Push(3);
        var first = Pop();
        inbox.Push(4);
        int[] rest = [Pop(), Pop(), Pop()];

        Assert.Equal(1, first);
        Assert.Equal([2, 3, 4], rest);
        Assert.Equal([3, 1], transfers);
        Notes.Mention(Topic, "moves 3, 2, 1 across (3 transfers)");
        Notes.Mention(Topic, "The last pop moves 4 across (1 transfer)");
        Notes.Mention(Topic, "Four items, four transfers");
        Assert.Equal(4, transfers.Sum());
    }
}
