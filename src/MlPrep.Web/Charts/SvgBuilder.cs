using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace MlPrep.Web.Charts;

/// <summary>
/// Writes an accessible inline SVG: the root carries <c>role="img"</c> and <c>aria-labelledby</c> pointing at its
/// <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>, every shape can carry its own <c>&lt;title&gt;</c> (the browser's
/// tooltip, read by screen readers), and colours come from CSS classes so that the light and dark themes apply.
/// Numbers are written with the invariant culture and text is XML-escaped.
/// </summary>
public sealed class SvgBuilder
{
    private readonly StringBuilder _svg = new();
    private int _openGroups;

    /// <param name="id">A prefix unique on the page, for the title and description ids.</param>
    /// <param name="width">The width of the view box (the chart scales to its container).</param>
    /// <param name="height">The height of the view box.</param>
    /// <param name="title">What the chart shows, in a few words.</param>
    /// <param name="description">What a reader would take from it, in a sentence.</param>
    /// <param name="cssClass">The class of the root element.</param>
    public SvgBuilder(string id, double width, double height, string title, string description, string cssClass = "chart")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        _svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{Escape(cssClass)}\" viewBox=\"0 0 {N(width)} {N(height)}\" ")
            .Append(CultureInfo.InvariantCulture, $"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" id=\"{id}\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>");
    }

    /// <summary>A number as SVG wants it: invariant culture, at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A rectangle; <paramref name="tooltip"/> becomes its <c>&lt;title&gt;</c>.</summary>
    public SvgBuilder Rect(double x, double y, double width, double height, string cssClass, string? tooltip = null, IEnumerable<KeyValuePair<string, string>>? data = null, double radius = 0)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(Math.Max(0, height))}\" class=\"{Escape(cssClass)}\"");
        if (radius > 0)
        {
            _svg.Append(CultureInfo.InvariantCulture, $" rx=\"{N(radius)}\"");
        }

        return Close("rect", data, tooltip);
    }

    public SvgBuilder Circle(double cx, double cy, double r, string cssClass, string? tooltip = null, IEnumerable<KeyValuePair<string, string>>? data = null)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" class=\"{Escape(cssClass)}\"");
        return Close("circle", data, tooltip);
    }

    public SvgBuilder Line(double x1, double y1, double x2, double y2, string cssClass)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" class=\"{Escape(cssClass)}\" />");
        return this;
    }

    /// <summary>A polyline through the points (a gap needs two polylines).</summary>
    public SvgBuilder Polyline(IEnumerable<(double X, double Y)> points, string cssClass)
    {
        ArgumentNullException.ThrowIfNull(points);
        _svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))}\" class=\"{Escape(cssClass)}\" />");
        return this;
    }

    /// <summary>Text at (x, y); <paramref name="anchor"/> is start, middle or end.</summary>
    public SvgBuilder Text(double x, double y, string text, string cssClass, string anchor = "start")
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" class=\"{Escape(cssClass)}\" text-anchor=\"{anchor}\">{Escape(text)}</text>");
        return this;
    }

    /// <summary>Opens a group; an <paramref name="ariaLabel"/> names it for assistive technology.</summary>
    public SvgBuilder Group(string cssClass, string? ariaLabel = null)
    {
        _svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{Escape(cssClass)}\"");
        if (ariaLabel is not null)
        {
            _svg.Append(CultureInfo.InvariantCulture, $" role=\"group\" aria-label=\"{Escape(ariaLabel)}\"");
        }

        _svg.Append('>');
        _openGroups++;
        return this;
    }

    public SvgBuilder EndGroup()
    {
        if (_openGroups == 0)
        {
            throw new InvalidOperationException("there is no open group to end");
        }

        _svg.Append("</g>");
        _openGroups--;
        return this;
    }

    /// <summary>The finished SVG (open groups closed).</summary>
    public override string ToString()
    {
        var copy = new StringBuilder(_svg.ToString());
        copy.Insert(copy.Length, "</g>", _openGroups).Append("</svg>");
        return copy.ToString();
    }

    public MarkupString ToMarkup() => new(ToString());

    private SvgBuilder Close(string element, IEnumerable<KeyValuePair<string, string>>? data, string? tooltip)
    {
        foreach (var (name, value) in data ?? [])
        {
            _svg.Append(CultureInfo.InvariantCulture, $" data-{Escape(name)}=\"{Escape(value)}\"");
        }

        if (tooltip is null)
        {
            _svg.Append(" />");
        }
        else
        {
            _svg.Append(CultureInfo.InvariantCulture, $"><title>{Escape(tooltip)}</title></{element}>");
        }

        return this;
    }
}
