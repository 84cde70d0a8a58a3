public class Solution
{
    public long MinPressSlots(string jobs, int cooldown)
    {
        // Greedy: whenever the press is free, print the available plate with the most jobs left.
        var counts = new int[26];
        foreach (char c in jobs) counts[c - 'A']++;

        var ready = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (int c in counts)
        {
            if (c > 0) ready.Enqueue(c, c);
        }

        var cooling = new Queue<(long ReadyAt, int Remaining)>();
        long slot = 0; // the next free slot (0-based)
        while (ready.Count > 0 || cooling.Count > 0)
        {
            if (ready.Count == 0)
            {
                slot = Math.Max(slot, cooling.Peek().ReadyAt); // skip the idle stretch
            }
            while (cooling.Count > 0 && cooling.Peek().ReadyAt <= slot)
            {
                int back = cooling.Dequeue().Remaining;
                ready.Enqueue(back, back);
            }

            int remaining = ready.Dequeue() - 1;
            if (remaining > 0)
            {
                cooling.Enqueue((slot + cooldown + 1, remaining));
            }
            slot++;
        }
        return slot;
    }
}
