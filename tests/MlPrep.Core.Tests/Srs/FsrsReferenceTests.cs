using MlPrep.Core.Srs;

namespace MlPrep.Core.Tests.Srs;

/// <summary>
/// Every step of every review sequence in Fixtures/fsrs agrees with py-fsrs 6.x, the reference scheduler: state, step,
/// stability and difficulty (relative error at most 1e-4), due time (within a second) and R before the review.
/// </summary>
public sealed class FsrsReferenceTests
{
    public static TheoryData<string> FixtureFiles() => [.. FsrsFixtures.Files.Select(file => Path.GetFileName(file))];

    [Fact]
    public void Fixtures_CoverAtLeast300SequencesOfEveryKind()
    {
        var sequences = FsrsFixtures.Files.SelectMany(FsrsFixtures.Load).ToList();

        Assert.True(sequences.Count >= 300, $"{sequences.Count} sequences");
        Assert.Contains(sequences, s => s.Parameters.SequenceEqual(FsrsParameters.Default.Values) && s.DesiredRetention == 0.9);
        Assert.True(sequences.Select(s => (string.Join(",", s.Parameters), s.DesiredRetention)).Distinct().Count() >= 4);
        var reviews = sequences.SelectMany(s => s.Reviews).ToList();
        Assert.All(Enum.GetValues<Rating>(), rating => Assert.Contains(reviews, r => r.Rating == (int)rating));
        Assert.Contains(reviews, r => r.State == "Relearning");
        Assert.Contains(sequences, s => s.Reviews.Zip(s.Reviews.Skip(1)).Any(p => p.Second.Time - p.First.Time < TimeSpan.FromMinutes(1)));
        Assert.Contains(sequences, s => s.Reviews.Any(r => (r.Due - r.Time).Days == s.MaximumInterval));
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Review_AgreesWithReferenceAtEveryStep(string file)
    {
        var mismatches = new List<string>();
        var steps = 0;
        foreach (var sequence in FsrsFixtures.Load(Path.Combine(FsrsFixtures.Folder, file)))
        {
            var scheduler = new Scheduler(sequence.Options);
            var card = SrsCard.New(sequence.Reviews[0].Time);
            for (var k = 0; k < sequence.Reviews.Length && mismatches.Count < 20; k++)
            {
                var expected = sequence.Reviews[k];
                var retrievability = scheduler.Retrievability(card, expected.Time);
                card = scheduler.Review(card, (Rating)expected.Rating, expected.Time).Card;
                steps++;
                var where = $"{sequence.Id} review {k + 1}";
                if (card.State.ToString() != expected.State)
                {
                    mismatches.Add($"{where}: state {card.State}, reference {expected.State}");
                }

                if ((expected.Step ?? 0) != card.Step || (expected.Step is null) != (card.State == CardState.Review))
                {
                    mismatches.Add($"{where}: step {card.Step}, reference {expected.Step?.ToString() ?? "null"}");
                }

                if (!FsrsFixtures.Close(card.Stability, expected.Stability) || !FsrsFixtures.Close(card.Difficulty, expected.Difficulty))
                {
                    mismatches.Add($"{where}: S {card.Stability} D {card.Difficulty}, reference S {expected.Stability} D {expected.Difficulty}");
                }

                if ((card.Due - expected.Due).Duration() > FsrsFixtures.DueTolerance)
                {
                    mismatches.Add($"{where}: due {card.Due:O}, reference {expected.Due:O}");
                }

                if (!FsrsFixtures.Close(retrievability, expected.Retrievability))
                {
                    mismatches.Add($"{where}: R before review {retrievability}, reference {expected.Retrievability}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(steps > 100, $"only {steps} reviews in {file}");
    }
}
