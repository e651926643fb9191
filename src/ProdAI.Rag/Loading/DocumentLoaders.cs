using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ProdAI.Rag.Loading;

/// <summary>Content of a page that a reader does not see (and a model should not take as part of the page).</summary>
/// <param name="Reason">Why it is hidden (<c>display:none</c>, <c>hidden</c> attribute, <c>aria-hidden</c>, <c>font-size:0</c>, HTML comment …).</param>
/// <param name="Text">Its text.</param>
public sealed record HiddenContent(string Reason, string Text);

/// <summary>A loaded document: the text a reader sees, its title and what was hidden.</summary>
/// <param name="Text">The visible text (block elements on their own lines).</param>
/// <param name="Title">The title, if any.</param>
/// <param name="MediaType">The source media type.</param>
/// <param name="Hidden">Hidden content found (HTML only); a common carrier of indirect prompt injection.</param>
public sealed record LoadedDocument(string Text, string? Title, string MediaType, IReadOnlyList<HiddenContent> Hidden);

/// <summary>Loaders for plain text, Markdown and HTML (AngleSharp, a maintained HTML5 parser).</summary>
public static partial class DocumentLoaders
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "head" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "li", "ul", "ol", "table", "tr", "h1", "h2",
        "h3", "h4", "h5", "h6", "pre", "blockquote", "br", "hr", "dd", "dt", "dl", "figure", "figcaption", "form", "address",
    };

    /// <summary>Loads plain text: line ends unified, a byte-order mark removed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document.</returns>
    public static LoadedDocument LoadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new LoadedDocument(text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal), null, "text/plain", []);
    }

    /// <summary>Loads Markdown as it is (the Markdown chunker reads its structure); the title is the first heading.</summary>
    /// <param name="markdown">The Markdown.</param>
    /// <returns>The document.</returns>
    public static LoadedDocument LoadMarkdown(string markdown)
    {
        var text = LoadText(markdown).Text;
        var title = FirstHeading().Match(text) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
        return new LoadedDocument(text, title, "text/markdown", []);
    }

    /// <summary>
    /// Loads HTML: the visible text (scripts, styles and templates dropped, block elements on their own lines) and, apart,
    /// every hidden element and comment with the reason it is hidden — never merged into the text.
    /// </summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The document.</returns>
    public static LoadedDocument LoadHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false }).ParseDocument(html);
        var hidden = new List<HiddenContent>();
        var builder = new StringBuilder();
        if (document.Body is { } body)
        {
            Walk(body, builder, hidden);
        }

        var text = Collapse().Replace(builder.ToString(), "\n\n").Trim();
        var title = document.Title is { Length: > 0 } t ? t.Trim() : document.QuerySelector("h1")?.TextContent.Trim();
        return new LoadedDocument(text, string.IsNullOrEmpty(title) ? null : title, "text/html", hidden);
    }

    private static void Walk(INode node, StringBuilder builder, List<HiddenContent> hidden)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IComment comment when !string.IsNullOrWhiteSpace(comment.Data):
                    hidden.Add(new HiddenContent("comment", comment.Data.Trim()));
                    break;
                case IText text:
                    builder.Append(Whitespace().Replace(text.Data, " "));
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement element when HiddenReason(element) is { } reason:
                    var content = Whitespace().Replace(element.TextContent, " ").Trim();
                    if (content.Length > 0)
                    {
                        hidden.Add(new HiddenContent(reason, content));
                    }

                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    if (element.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase))
                    {
                        builder.Append(element.TextContent);
                    }
                    else
                    {
                        Walk(element, builder, hidden);
                    }

                    if (block)
                    {
                        builder.Append('\n');
                    }

                    break;
            }
        }
    }

    private static string? HiddenReason(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return "hidden attribute";
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return "aria-hidden";
        }

        if (element.GetAttribute("style") is not { Length: > 0 } style)
        {
            return null;
        }

        var css = Whitespace().Replace(style.ToLowerInvariant(), string.Empty);
        return css.Contains("display:none", StringComparison.Ordinal) ? "display:none"
            : css.Contains("visibility:hidden", StringComparison.Ordinal) ? "visibility:hidden"
            : ZeroSize().IsMatch(css) ? "font-size:0"
            : css.Contains("opacity:0;", StringComparison.Ordinal) || css.EndsWith("opacity:0", StringComparison.Ordinal) ? "opacity:0"
            : OffScreen().IsMatch(css) ? "off-screen position"
            : css.Contains("clip:rect(0", StringComparison.Ordinal) || css.Contains("clip-path:inset(100%", StringComparison.Ordinal) ? "clipped"
            : null;
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n\s*\n(\s*\n)*")]
    private static partial Regex Collapse();

    [GeneratedRegex(@"font-size:0(px|em|rem|pt|%)?(;|$)")]
    private static partial Regex ZeroSize();

    [GeneratedRegex(@"(left|top|text-indent):-\d{3,}")]
    private static partial Regex OffScreen();
}
