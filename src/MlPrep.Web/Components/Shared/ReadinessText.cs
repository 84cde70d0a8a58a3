using System.Globalization;
using MlPrep.Core.Practice;

namespace MlPrep.Web.Components.Shared;

/// <summary>The tooltips that explain a readiness score with its own numbers.</summary>
public static class ReadinessText
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    /// <summary>low below 40%, mid below 70%, high from 70%: the colour class of a score.</summary>
    public static string Level(int percent) => percent >= 70 ? "high" : percent >= 40 ? "mid" : "low";

    public static string Of(TopicReadiness topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var recall = $"recall {Math.Round(100 * topic.MeanRetrievability).ToString(En)}% over {topic.Cards.ToString(En)} cards ({topic.ReviewedCards.ToString(En)} reviewed)";
        return topic.QuizAccuracy is { } quiz
            ? $"Readiness {topic.Percent.ToString(En)}% = 0.7 × {recall} + 0.3 × quiz {Math.Round(100 * quiz).ToString(En)}% (last {Math.Min(topic.QuizAnswers, Readiness.QuizWindow).ToString(En)} answers)"
            : $"Readiness {topic.Percent.ToString(En)}%: {recall}; no quiz answers yet";
    }

    public static string Of(ReadinessScore score, string what)
    {
        ArgumentNullException.ThrowIfNull(score);
        return $"{what}: readiness {score.Percent.ToString(En)}%, weighted by cards ({score.ReviewedCards.ToString(En)} of {score.Cards.ToString(En)} reviewed)";
    }
}
