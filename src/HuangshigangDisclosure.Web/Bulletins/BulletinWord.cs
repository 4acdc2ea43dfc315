using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HuangshigangDisclosure.Core.Bulletins;

namespace HuangshigangDisclosure.Web.Bulletins;

/// <summary>
/// The bulletin as a Word document in the form of GB/T 9704-2012 (党政机关公文格式): A4; margins top 37 mm,
/// bottom 35 mm, left 28 mm, right 26 mm; title 2号 方正小标宋简体; body 3号 仿宋_GB2312; 一、 headings 黑体,
/// （一） headings 楷体_GB2312; 22 lines of 28 characters; page numbers "— 1 —" in 4号 宋体, odd pages right,
/// even pages left; the streets' table as a real table.
/// </summary>
public static class BulletinWord
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string HeadingFont = "黑体";
    public const string SubheadingFont = "楷体_GB2312";
    public const string PageNumberFont = "宋体";

    /// <summary>Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt.</summary>
    public const int TitleSize = 44, BodySize = 32, SmallSize = 28;

    /// <summary>Twips (1/1440 inch): A4 and the standard's margins (1 mm = 56.7 twips).</summary>
    public const int PageWidth = 11906, PageHeight = 16838, MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1587, MarginRight = 1474;

    /// <summary>22 lines in the 225 mm text height: 12756 ÷ 22 ≈ 579 twips (28.95 pt), also the exact line spacing.</summary>
    public const int LinePitch = 579;

    /// <summary>28 characters of 16 pt in the 156 mm text width: each character 0.205 pt narrower (in 1/4096 pt).</summary>
    public const int CharSpace = -842;

    private const string Red = "C00000";

    public static byte[] Write(BulletinDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            AddSettings(main);
            var oddFooter = AddFooter(main, JustificationValues.Right, new Indentation { Right = "320" });
            var evenFooter = AddFooter(main, JustificationValues.Left, new Indentation { Left = "320" });

            var body = new Body();
            body.Append(Line(document.Office, TitleFont, TitleSize, JustificationValues.Center, color: Red));
            if (document.NumberLabel is { } number)
            {
                body.Append(Line(number, BodyFont, BodySize, JustificationValues.Center));
            }

            // The red separator line (版头中的分隔线) under the issuer.
            body.Append(new Paragraph(new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Color = Red, Space = 1 }),
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, After = "240" })));
            if (document.CorrectionNote is { } note)
            {
                body.Append(Line("（更正：" + note + "）", BodyFont, BodySize, JustificationValues.Center));
            }

            body.Append(Line(document.Title, TitleFont, TitleSize, JustificationValues.Center));
            body.Append(Line("", BodyFont, BodySize, JustificationValues.Left));
            body.Append(Line(document.Addressees, BodyFont, BodySize, JustificationValues.Left));
            foreach (var block in document.Preamble)
            {
                body.Append(Block(block));
            }

            foreach (var part in document.Parts)
            {
                body.Append(Indented(new Run(RunProps(HeadingFont, BodySize), Text(part.Heading))));
                foreach (var block in part.Blocks)
                {
                    body.Append(Block(block));
                }
            }

            body.Append(Line("", BodyFont, BodySize, JustificationValues.Left));
            body.Append(Signature(document.Signature));
            body.Append(Signature(document.DateText));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(oddFooter) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(evenFooter) },
                new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight },
                new PageMargin
                {
                    Top = MarginTop,
                    Bottom = MarginBottom,
                    Left = (UInt32Value)(uint)MarginLeft,
                    Right = (UInt32Value)(uint)MarginRight,
                    Header = 851U,
                    Footer = 992U,
                    Gutter = 0U,
                },
                new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = LinePitch, CharacterSpace = CharSpace }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static OpenXmlElement[] Block(BulletinBlock block) => block switch
    {
        BulletinParagraph { Lead: { } lead } p => [Indented(new Run(RunProps(SubheadingFont, BodySize), Text(lead)), new Run(RunProps(BodyFont, BodySize), Text(p.Text)))],
        BulletinParagraph p => [Indented(new Run(RunProps(BodyFont, BodySize), Text(p.Text)))],
        BulletinTable t => [Line(t.Caption, HeadingFont, SmallSize, JustificationValues.Center), Table(t)],
        _ => [],
    };

    private static Table Table(BulletinTable table)
    {
        var border = new Func<BorderType>[] { () => new TopBorder(), () => new BottomBorder(), () => new LeftBorder(), () => new RightBorder(), () => new InsideHorizontalBorder(), () => new InsideVerticalBorder() };
        var borders = new TableBorders();
        foreach (var make in border)
        {
            var b = make();
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "000000";
            borders.Append(b);
        }

        var result = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            borders,
            new TableLayout { Type = TableLayoutValues.Autofit }));
        result.Append(Row(table.Header, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, header: false));
        }

        return result;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var props = RunProps(header ? HeadingFont : BodyFont, SmallSize);
            var paragraph = new Paragraph(
                new ParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
                    new Justification { Val = JustificationValues.Center }),
                new Run(props, Text(cell)));
            row.Append(new TableCell(new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }), paragraph));
        }

        return row;
    }

    /// <summary>A body paragraph: first line indented two characters, exact line spacing on the grid.</summary>
    private static Paragraph Indented(params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
            new Indentation { FirstLineChars = 200, FirstLine = "640" },
            new Justification { Val = JustificationValues.Both }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Paragraph Line(string text, string font, int size, JustificationValues justification, string? color = null)
    {
        var props = RunProps(font, size);
        if (color is not null)
        {
            props.Append(new Color { Val = color });
        }

        var spacing = size > BodySize
            ? new SpacingBetweenLines { Line = "720", LineRule = LineSpacingRuleValues.Exact } // a 22 pt title needs more than one grid line
            : new SpacingBetweenLines { Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact };
        // Lines off the body size (the issuer, the title, a caption) keep their natural width instead of the body's grid.
        var paragraph = new ParagraphProperties();
        if (size != BodySize)
        {
            paragraph.Append(new SnapToGrid { Val = false });
        }

        paragraph.Append(spacing, new Justification { Val = justification });
        return new Paragraph(paragraph, new Run(props, Text(text)));
    }

    /// <summary>Signature and date: flush right, four characters from the right margin (GB/T 9704 7.3.5).</summary>
    private static Paragraph Signature(string text) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Right = "1280" },
                new Justification { Val = JustificationValues.Right }),
            new Run(RunProps(BodyFont, BodySize), Text(text)));

    /// <summary>
    /// Body-size runs are condensed by 0.25 pt: 3号 is 15.75 pt in Chinese typesetting, so 28 characters fill the
    /// 156 mm line exactly; without it a renderer that snaps glyphs to the character grid (LibreOffice) gives each
    /// 16 pt character two cells of 15.8 pt.
    /// </summary>
    private static RunProperties RunProps(string font, int size)
    {
        var props = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font });
        if (size == BodySize)
        {
            props.Append(new Spacing { Val = -5 });
        }

        props.Append(
            new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return props;
    }

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont },
                    new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }))),
            // The grid's character pitch is measured from the default style's size (LibreOffice reads it here).
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleRunProperties(
                    new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont },
                    new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Styles.Save();
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new EvenAndOddHeaders());
        settings.Settings.Save();
    }

    /// <summary>"— 1 —": the page number between two em dashes, 4号 宋体 (GB/T 9704 7.5).</summary>
    private static FooterPart AddFooter(MainDocumentPart main, JustificationValues side, Indentation indentation)
    {
        var part = main.AddNewPart<FooterPart>();
        RunProperties Props() => RunProps(PageNumberFont, SmallSize);
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = side }, indentation),
            new Run(Props(), Text("— ")),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Props(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Props(), Text("1")),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(Props(), Text(" —"))));
        part.Footer.Save();
        return part;
    }
}
