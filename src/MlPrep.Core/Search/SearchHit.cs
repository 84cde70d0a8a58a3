namespace MlPrep.Core.Search;

/// <summary>
/// One search result. <see cref="Kind"/> is "topic", "card" or "problem"; <see cref="Topic"/> is
/// the topic the hit belongs to; <see cref="Snippet"/> is HTML-escaped text with the matched
/// words inside &lt;mark&gt; elements.
/// </summary>
public sealed record SearchHit(string Kind, string Id, string Topic, string Title, double Score, string Snippet);
