using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PaperCatalog.Ingestion.Text;

namespace PaperCatalog.Ingestion.Html;

/// <summary>
/// Turns a saved HTML page into the lines a reader sees, so the text parsers can read it.
/// </summary>
/// <remarks>
/// Block elements start new lines as a browser's copy does; list items get the "•" that the
/// browser draws; scripts, styles and hidden elements are skipped. Each line carries the source
/// line of the element its text comes from, so errors point into the HTML file.
/// </remarks>
internal static partial class HtmlDump
{
    // Navigation and footers are page chrome by definition; the rest shows no paper text.
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "button", "nav", "footer"];

    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul",
    ];

    /// <summary>True when <paramref name="text"/> is an HTML document rather than copied page text.</summary>
    public static bool IsHtml(string text) => DocumentStart().IsMatch(text.Length > 2048 ? text[..2048] : text);

    /// <summary>The visible text of <paramref name="html"/>, line by line.</summary>
    /// <exception cref="OperationCanceledException">The time budget ran out.</exception>
    public static async Task<List<DumpLine>> ToLinesAsync(string html, CancellationToken cancellation)
    {
        // The asynchronous parse checks the token between tokens, so a pathological page stops on time.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = await parser.ParseDocumentAsync(html, cancellation);
        var writer = new LineWriter();
        Walk(document.Body ?? (INode)document, writer, cancellation);
        writer.Flush();
        return writer.Lines;
    }

    // Iterative, so a pathologically deep document cannot overflow the stack.
    private static void Walk(INode root, LineWriter writer, CancellationToken cancellation)
    {
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((root, false));
        var visited = 0;
        while (pending.TryPop(out var item))
        {
            if (++visited % 4096 == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (item.Node is IText text)
            {
                writer.Append(text.Data, (text.ParentElement?.SourceReference?.Position.Line) ?? 1);
                continue;
            }

            if (item.Node is not IElement element)
            {
                PushChildren(item.Node, pending);
                continue;
            }

            var name = element.LocalName;
            if (Blocks.Contains(name))
            {
                writer.Flush();
            }

            if (item.Closing || Skipped.Contains(name) || IsHidden(element))
            {
                continue;
            }

            if (name == "li")
            {
                writer.Append("• ", element.SourceReference?.Position.Line ?? 1);
            }

            pending.Push((element, true));
            PushChildren(element, pending);
        }
    }

    private static void PushChildren(INode node, Stack<(INode, bool)> pending)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
        {
            pending.Push((node.ChildNodes[i], false));
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    [GeneratedRegex(@"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DocumentStart();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    private sealed class LineWriter
    {
        private readonly StringBuilder _current = new();
        private int _line;
        private bool _hasText;

        public List<DumpLine> Lines { get; } = [];

        public void Append(string text, int sourceLine)
        {
            if (!_hasText && !string.IsNullOrWhiteSpace(text))
            {
                _line = sourceLine;
                _hasText = true;
            }

            _current.Append(text);
        }

        public void Flush()
        {
            var cleaned = DumpLines.Clean(_current.ToString());
            if (cleaned.Length > 0)
            {
                Lines.Add(new DumpLine(_line, cleaned));
            }

            _current.Clear();
            _hasText = false;
        }
    }
}
