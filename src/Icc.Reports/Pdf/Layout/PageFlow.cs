using PdfSharp.Drawing;

namespace Icc.Reports.Pdf.Layout;

/// <summary>
/// Places slices down pages between the running header and the footer. It decides page breaks only:
/// a slice goes to the next page when it, the slices it is kept with and its footnotes do not fit; level-1
/// headings open a page; a table row that opens a page brings its header row along. Footnotes sit at the
/// foot of the page their reference lands on, above the footer, under a short rule.
/// </summary>
/// <param name="frame">Page geometry.</param>
/// <param name="ruleColor">Colour of the footnote separator.</param>
internal sealed class PageFlow(PageFrame frame, XColor ruleColor)
{
    /// <summary>Space between the body and the footnote separator, and between the separator and the notes.</summary>
    private const double NoteGap = 8;

    /// <summary>How many kept-together slices are looked at ahead; bounds the work for long headings.</summary>
    private const int ChainLimit = 16;

    private readonly List<FlowPage> pages = [];
    private readonly Queue<FootnoteBox> carried = new();
    private FlowPage? page;
    private double y;
    private string? section;

    /// <summary>Flows <paramref name="slices"/> after whatever was placed before.</summary>
    public void Place(IReadOnlyList<Slice> slices)
    {
        for (var index = 0; index < slices.Count; index++)
        {
            var slice = slices[index];
            if (this.page is null || (slice.PageBreakBefore && !this.page.IsEmpty))
            {
                this.NewPage();
            }

            var notes = slice.Footnotes.Sum(f => f.Height);
            var before = this.page!.IsEmpty ? 0 : slice.SpaceBefore;
            if (!this.page.IsEmpty && this.y + before + this.Chain(slices, index, notes) > this.Limit(notes))
            {
                this.NewPage();
                before = 0;
            }

            if (this.page.IsEmpty && slice.RepeatOnNewPage is { } header)
            {
                this.Put(header, 0);
            }

            this.Put(slice, before);
        }
    }

    /// <summary>The pages, with footnote areas drawn; the flow is done after this.</summary>
    public IReadOnlyList<FlowPage> Finish()
    {
        while (this.carried.Count > 0)
        {
            var waiting = this.carried.Count;
            this.NewPage();
            if (this.carried.Count == waiting)
            {
                // Cannot happen with notes capped below a page; never loop forever on it.
                this.carried.Clear();
            }
        }

        foreach (var filled in this.pages.Where(p => p.Footnotes.Count > 0))
        {
            var top = frame.BodyBottom - filled.FootnoteHeight - NoteGap;
            filled.Ops.Add(new LineOp(frame.Left, top - (NoteGap / 2), frame.Left + (frame.ContentWidth / 3), top - (NoteGap / 2), 0.5, ruleColor));
            foreach (var note in filled.Footnotes)
            {
                filled.Ops.AddRange(note.Ops.Select(op => op.Shift(frame.Left, top)));
                top += note.Height;
            }
        }

        return this.pages;
    }

    private void Put(Slice slice, double before)
    {
        var target = this.page!;
        this.y += before;
        target.Ops.AddRange(slice.Ops.Select(op => op.Shift(frame.Left, this.y)));
        if (slice.Heading is { } heading)
        {
            target.Headings.Add((heading, this.y));
            if (heading.Level == 1)
            {
                this.section = heading.Title;
                target.SectionTitle = heading.Title;
            }
        }

        if (slice.LinkToPage is { } linked)
        {
            target.Links.Add(new PageLink(frame.Left, this.y, frame.ContentWidth, slice.Height, linked));
        }

        this.y += slice.Height;
        target.IsEmpty = false;
        foreach (var note in slice.Footnotes)
        {
            // Only a page that was empty can get here without room: its notes wait for the next page.
            if (this.carried.Count == 0 && this.y + NoteGap + target.FootnoteHeight + note.Height <= frame.BodyBottom)
            {
                target.Footnotes.Add(note);
            }
            else
            {
                this.carried.Enqueue(note);
            }
        }
    }

    /// <summary>The height of a slice and those it must stay with, or its own height when they cannot share a page.</summary>
    private double Chain(IReadOnlyList<Slice> slices, int index, double notes)
    {
        var height = slices[index].Height;
        for (var next = index; slices[next].KeepWithNext && next + 1 < slices.Count && next - index < ChainLimit; next++)
        {
            if (slices[next + 1].PageBreakBefore)
            {
                break;
            }

            height += slices[next + 1].SpaceBefore + slices[next + 1].Height;
        }

        return height + notes + NoteGap > frame.BodyHeight ? slices[index].Height : height;
    }

    /// <summary>The lowest y body content may reach with the page's footnotes plus <paramref name="extraNotes"/>.</summary>
    private double Limit(double extraNotes)
    {
        var notes = this.page!.FootnoteHeight + extraNotes;
        return frame.BodyBottom - (notes > 0 ? notes + NoteGap : 0);
    }

    private void NewPage()
    {
        this.page = new FlowPage { SectionTitle = this.section };
        this.pages.Add(this.page);
        this.y = frame.BodyTop;
        while (this.carried.TryPeek(out var note) && this.page.FootnoteHeight + note.Height + NoteGap <= frame.BodyHeight)
        {
            this.page.Footnotes.Add(this.carried.Dequeue());
        }
    }
}
