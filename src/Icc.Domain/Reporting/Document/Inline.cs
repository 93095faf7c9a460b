namespace Icc.Domain.Reporting.Document;

/// <summary>A piece of a paragraph.</summary>
public abstract record Inline;

/// <summary>Text, optionally emphasised (bold).</summary>
/// <param name="Text">The text; may contain any script, including Korean and Cyrillic.</param>
/// <param name="Strong">True to draw it bold.</param>
public sealed record TextRun(string Text, bool Strong = false) : Inline;

/// <summary>
/// A footnote: the renderer numbers it where it appears and prints its text at the foot of the same page.
/// </summary>
/// <param name="Text">The footnote's text.</param>
public sealed record FootnoteRef(string Text) : Inline;
