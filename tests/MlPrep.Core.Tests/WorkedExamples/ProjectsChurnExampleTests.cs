namespace MlPrep.Core.Tests.WorkedExamples;

/// <summary>The worked example of projects.churn: precision, recall and lift in the top 200, and campaign profit.</summary>
public sealed class ProjectsChurnExampleTests
{
    private const string Topic = "projects.churn";
    private const double Customers = 1000, Churners = 265, Targeted = 200, CaughtChurners = 120;
    private const double OfferCost = 20, CustomerValue = 300, SaveRate = 0.4;

    private static double Profit(double churnersReached, double contacted) =>
        (churnersReached * SaveRate * CustomerValue) - (contacted * OfferCost);

    [Fact]
    public void PrecisionRecallAndLift_MatchTheNotes()
    {
        var precision = CaughtChurners / Targeted;
        var baseRate = Churners / Customers;

        Notes.Shows(Topic, "0.60", precision, 1e-12);
        Notes.Shows(Topic, "0.453", CaughtChurners / Churners);
        Notes.Shows(Topic, "2.26", precision / baseRate, 5e-3);
    }

    [Fact]
    public void CampaignProfit_MatchesTheNotes()
    {
        var randomChurners = Targeted * Churners / Customers;

        Notes.Shows(Topic, "10,400", Profit(CaughtChurners, Targeted), 1e-9);
        Notes.Shows(Topic, "53", randomChurners, 1e-9);
        Notes.Shows(Topic, "2,360", Profit(randomChurners, Targeted), 1e-9);
    }
}
