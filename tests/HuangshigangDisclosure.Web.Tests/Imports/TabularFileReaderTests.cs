using System.IO.Compression;
using System.Text;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Web.Imports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Tests.Imports;

public class TabularFileReaderTests
{
    private const string Csv =
        "单位,标题,发布日期,发布渠道,链接,信息类别,目录编码,需解读\r\n" +
        "区财政局,\"关于2022年第二季度财政预算执行情况的公告，特此公告\",2022/7/5,信息公开平台,https://www.hsg.gov.cn/a.html,财政信息,CZ-01,否\r\n" +
        "胜阳港街道,𠮷祥社区“双减”工作动态,2022年7月6日,,,,,\r\n";

    private static readonly DateOnly Today = new(2022, 10, 21);

    private readonly TabularFileReader _reader = new(Options.Create(new ImportOptions()));

    static TabularFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<TabularReadResult> Read(byte[] bytes, string fileName) => _reader.ReadAsync(new MemoryStream(bytes), fileName, Token);

    private static void AssertTheTwoPublications(TabularReadResult result)
    {
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["单位", "标题", "发布日期", "发布渠道", "链接", "信息类别", "目录编码", "需解读"], result.File.Headers);
        Assert.Equal([2, 3], result.File.Rows.Select(r => r.Row));
        Assert.Equal("关于2022年第二季度财政预算执行情况的公告，特此公告", result.File.Rows[0].Cells[1].Text);
        Assert.Equal("𠮷祥社区“双减”工作动态", result.File.Rows[1].Cells[1].Text);

        var columns = ImportHeaders.MapPublications(result.File.Headers);
        var parsed = result.File.Rows.Select(r => PublicationRowParser.Parse(PublicationImportRow.From(columns, r.Row, r.Cells), Today)).ToList();
        Assert.All(parsed, p => Assert.True(p.IsValid));
        Assert.Equal([new DateOnly(2022, 7, 5), new DateOnly(2022, 7, 6)], parsed.Select(p => p.Value!.PublishedOn));
        Assert.Equal(["区财政局", "胜阳港街道"], parsed.Select(p => p.Value!.Unit));
    }

    [Fact]
    public async Task A_UTF8_CSV_with_a_BOM_as_Excel_saves_CSV_UTF8_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv)).ToArray();

        AssertTheTwoPublications(await Read(bytes, "发布记录.csv"));
    }

    [Fact]
    public async Task A_UTF8_CSV_without_a_BOM_is_read()
    {
        AssertTheTwoPublications(await Read(Encoding.UTF8.GetBytes(Csv), "publications.CSV"));
    }

    [Fact]
    public async Task A_GB18030_CSV_as_Chinese_Excel_saves_plain_CSV_is_read()
    {
        var gb18030 = Encoding.GetEncoding("GB18030");
        var bytes = gb18030.GetBytes(Csv);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        AssertTheTwoPublications(await Read(bytes, "发布记录.csv"));
    }

    [Fact]
    public async Task A_damaged_byte_in_a_UTF8_file_with_a_BOM_shows_as_a_replacement_character()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("单位,标题,发布日期\r\n区财政局,标"), 0xFF, .. Encoding.UTF8.GetBytes("题,2022-07-05\r\n")];

        var result = await Read(bytes, "x.csv");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("标\uFFFD题", result.File.Rows[0].Cells[1].Text);
    }

    [Fact]
    public async Task A_GBK_CSV_is_read_as_GB18030_is_its_superset()
    {
        var gbk = Encoding.GetEncoding(936);
        var bytes = gbk.GetBytes("单位,标题,发布日期\r\n区财政局,关于做好2022年国庆节期间值班工作的通知,2022-09-30\r\n");

        var result = await Read(bytes, "x.csv");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("关于做好2022年国庆节期间值班工作的通知", result.File.Rows[0].Cells[1].Text);
    }

    [Fact]
    public async Task An_xlsx_gives_date_cells_and_numbers_as_typed_values()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["单位"] = "区财政局", ["标题"] = "关于2022年第二季度财政预算执行情况的公告，特此公告", ["发布日期"] = new DateTime(2022, 7, 5), ["需解读"] = "否" },
            new() { ["单位"] = "胜阳港街道", ["标题"] = "𠮷祥社区“双减”工作动态", ["发布日期"] = 44748d, ["需解读"] = null },
        };
        using var file = new MemoryStream();
        await file.SaveAsAsync(rows, cancellationToken: Token);

        var result = await Read(file.ToArray(), "发布记录.xlsx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(new ImportCell("2022-07-05", Date: new DateTime(2022, 7, 5)), result.File.Rows[0].Cells[2]);
        Assert.Equal(new ImportCell("44748", Number: 44748d), result.File.Rows[1].Cells[2]);
        Assert.Equal(ImportCell.Empty, result.File.Rows[1].Cells[3]);

        var columns = ImportHeaders.MapPublications(result.File.Headers);
        var parsed = result.File.Rows.Select(r => PublicationRowParser.Parse(PublicationImportRow.From(columns, r.Row, r.Cells), Today).Value!).ToList();
        Assert.Equal([new DateOnly(2022, 7, 5), new DateOnly(2022, 7, 6)], parsed.Select(p => p.PublishedOn));
        Assert.Equal([2, 3], parsed.Select(p => p.Row));
    }

    [Fact]
    public async Task A_workbook_renamed_to_csv_is_still_read_as_a_workbook()
    {
        using var file = new MemoryStream();
        await file.SaveAsAsync(new[] { new { 单位 = "区财政局", 标题 = "标题", 发布日期 = new DateTime(2022, 7, 5) } }, cancellationToken: Token);

        var result = await Read(file.ToArray(), "导出.csv");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(new DateTime(2022, 7, 5), result.File.Rows.Single().Cells[2].Date);
    }

    [Fact]
    public async Task Blank_rows_are_skipped_but_rows_keep_their_spreadsheet_numbers()
    {
        var csv = "\r\n单位,标题,发布日期\r\n区财政局,甲,2022-07-05\r\n,,\r\n\r\n区财政局,乙,2022-07-06\r\n\r\n";

        var result = await Read(Encoding.UTF8.GetBytes(csv), "x.csv");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal([3, 6], result.File.Rows.Select(r => r.Row));
    }

    [Fact]
    public async Task Workbook_rows_keep_the_numbers_Excel_shows_where_the_sheet_leaves_rows_out()
    {
        // Excel writes no <row> element for an empty row: here the header sits on row 3 and the data on rows 4 and 6.
        using var written = new MemoryStream();
        await written.SaveAsAsync(new[] { new { 单位 = "区财政局", 标题 = "甲", 发布日期 = "2022-07-05" }, new { 单位 = "区财政局", 标题 = "乙", 发布日期 = "2022-07-06" } }, cancellationToken: Token);
        var moved = RewriteSheet(written.ToArray(), sheet => sheet
            .Replace("<x:dimension ref=\"A1:C3\" />", "", StringComparison.Ordinal)
            .Replace("r=\"3\"", "r=\"6\"", StringComparison.Ordinal).Replace("3\" t=", "6\" t=", StringComparison.Ordinal)
            .Replace("r=\"2\"", "r=\"4\"", StringComparison.Ordinal).Replace("2\" t=", "4\" t=", StringComparison.Ordinal)
            .Replace("r=\"1\"", "r=\"3\"", StringComparison.Ordinal).Replace("1\" t=", "3\" t=", StringComparison.Ordinal));

        var result = await Read(moved, "x.xlsx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["单位", "标题", "发布日期"], result.File.Headers);
        Assert.Equal([(4, "甲"), (6, "乙")], result.File.Rows.Select(r => (r.Row, r.Cells[1].Text)));
    }

    private static byte[] RewriteSheet(byte[] workbook, Func<string, string> rewrite)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open());
                writer.Write(entry.FullName == "xl/worksheets/sheet1.xml" ? rewrite(text) : text);
            }
        }

        return output.ToArray();
    }

    private const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>An .xlsx as Excel writes one: shared strings, a style sheet, and the parts that list the sheets.</summary>
    private static byte[] ExcelWorkbook(string sheetData, string sharedStrings, string styles, params (string Name, string Xml)[] moreParts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // A part given in moreParts replaces the default one of that name.
            (string Name, string Xml)[] parts =
            [
                .. moreParts,
                ("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{SpreadsheetMl}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
                ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
                ("xl/worksheets/sheet1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet xmlns=\"{SpreadsheetMl}\"><dimension ref=\"A1:H9\"/><sheetData>{sheetData}</sheetData></worksheet>"),
                ("xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<sst xmlns=\"{SpreadsheetMl}\">{sharedStrings}</sst>"),
                ("xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<styleSheet xmlns=\"{SpreadsheetMl}\">{styles}</styleSheet>"),
            ];
            foreach (var (name, xml) in parts.DistinctBy(p => p.Name))
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
        }

        return output.ToArray();
    }

    [Fact]
    public async Task A_workbook_saved_by_Excel_reads_its_shared_strings_rich_text_and_date_formats()
    {
        // Styles: 0 General, 1 the built-in date 14, 2 a custom 2022年7月5日, 3 a custom yyyy/m/d, 4 the number format 0.00, 5 a time of day.
        const string Styles =
            "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@\"/><numFmt numFmtId=\"177\" formatCode=\"yyyy/m/d\"/></numFmts>" +
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>" +
            "<cellXfs count=\"6\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"176\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"177\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"2\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"20\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>";
        const string Strings =
            "<si><t>单位</t></si><si><t>标题</t></si><si><t>发布日期</t></si>" +
            "<si><r><rPr><b/></rPr><t>区财政</t></r><r><t xml:space=\"preserve\">局</t></r><rPh sb=\"0\" eb=\"1\"><t>ク</t></rPh><phoneticPr fontId=\"1\"/></si>" +
            "<si><t>关于2022年第二季度财政预算执行情况的公告_x000D_</t></si>";
        const string Rows =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>" +
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"s\"><v>4</v></c><c r=\"C2\" s=\"1\"><v>44747</v></c><c r=\"D2\" s=\"4\"><v>44747</v></c><c r=\"E2\" s=\"5\"><v>0.4375</v></c></row>" +
            "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>胜阳港街道</t></is></c><c r=\"B3\" t=\"str\"><f>\"𠮷祥\"&amp;\"社区\"</f><v>𠮷祥社区</v></c><c r=\"C3\" s=\"2\"><v>44748</v></c><c r=\"D3\" t=\"b\"><v>1</v></c><c r=\"E3\" t=\"e\"><v>#N/A</v></c></row>" +
            "<row r=\"5\"><c t=\"inlineStr\"><is><t>区民政局</t></is></c><c t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r></is></c><c s=\"3\"><v>44749.75</v></c></row>";

        var result = await Read(ExcelWorkbook(Rows, Strings, Styles), "发布记录.xlsx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["单位", "标题", "发布日期"], result.File.Headers);
        Assert.Equal([2, 3, 5], result.File.Rows.Select(r => r.Row));
        Assert.Equal(
            [
                [new("区财政局"), new("关于2022年第二季度财政预算执行情况的公告\r"), new("2022-07-05", Date: new DateTime(2022, 7, 5)), new("44747", Number: 44747d), new("10:30:00")],
                [new("胜阳港街道"), new("𠮷祥社区"), new("2022-07-06", Date: new DateTime(2022, 7, 6)), new("TRUE"), new("#N/A")],
                [new("区民政局"), new("富文本"), new ImportCell("2022-07-07 18:00:00", Date: new DateTime(2022, 7, 7, 18, 0, 0))],
            ],
            result.File.Rows.Select(r => r.Cells.ToArray()));
    }

    [Fact]
    public async Task The_first_sheet_is_the_one_the_workbook_lists_first()
    {
        var listsSheet2First = ExcelWorkbook(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>第二张表</t></is></c></row>",
            "",
            "",
            ("xl/workbook.xml", $"<workbook xmlns=\"{SpreadsheetMl}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"说明\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>"),
            ("xl/worksheets/sheet2.xml", $"<worksheet xmlns=\"{SpreadsheetMl}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>区财政局</t></is></c></row></sheetData></worksheet>"));

        var result = await Read(listsSheet2First, "x.xlsx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["单位"], result.File.Headers);
        Assert.Equal("区财政局", result.File.Rows.Single().Cells[0].Text);
    }

    [Fact]
    public async Task A_file_with_no_content_says_so()
    {
        Assert.Equal("文件是空的。", (await Read([], "x.csv")).Error);
        Assert.Equal("文件中没有内容：第一行应为表头，其后每行一条记录。", (await Read(Encoding.UTF8.GetBytes("\r\n,,\r\n"), "x.csv")).Error);
    }

    [Fact]
    public async Task A_header_without_data_rows_is_an_empty_file_not_an_error()
    {
        var result = await Read(Encoding.UTF8.GetBytes("单位,标题,发布日期\r\n"), "x.csv");

        Assert.True(result.IsSuccess);
        Assert.Empty(result.File.Rows);
    }

    [Theory]
    [InlineData("发布记录.txt", "不支持“.txt”文件，请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。")]
    [InlineData("发布记录.docx", "不支持“.docx”文件，请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。")]
    [InlineData("发布记录", "不支持没有扩展名的文件，请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。")]
    public async Task Other_file_types_are_refused_by_extension(string fileName, string error)
    {
        Assert.Equal(error, (await Read(Encoding.UTF8.GetBytes(Csv), fileName)).Error);
    }

    [Fact]
    public async Task A_legacy_xls_or_password_protected_workbook_is_refused_with_advice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Assert.Equal(
            "这是旧版 Excel（.xls）文件或设有密码的工作簿，无法读取。请在 Excel 中“另存为”不设密码的 .xlsx 或 .csv 文件后再导入。",
            (await Read(ole, "发布记录.xls")).Error);
        Assert.StartsWith("这是旧版 Excel（.xls）文件", (await Read(ole, "发布记录.xlsx")).Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> CorruptWorkbooks()
    {
        using var real = new MemoryStream();
        real.SaveAs(new[] { new { 单位 = "区财政局", 标题 = "标题", 发布日期 = new DateTime(2022, 7, 5) } });
        var whole = real.ToArray();

        using var notAWorkbook = new MemoryStream();
        using (var zip = new ZipArchive(notAWorkbook, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("这不是工作簿");
        }

        var flipped = (byte[])whole.Clone();
        for (var i = 200; i < flipped.Length - 200; i += 7)
        {
            flipped[i] ^= 0x5A;
        }

        return new()
        {
            { "truncated", whole[..(whole.Length / 2)] },
            { "zip signature then garbage", [0x50, 0x4B, 0x03, 0x04, .. Encoding.ASCII.GetBytes("garbage garbage garbage")] },
            { "a zip without a workbook", notAWorkbook.ToArray() },
            { "damaged bytes", flipped },
            { "text named .xlsx", Encoding.UTF8.GetBytes(Csv) },
        };
    }

    [Theory]
    [MemberData(nameof(CorruptWorkbooks))]
    public async Task A_corrupt_workbook_gets_a_message_not_an_exception(string what, byte[] bytes)
    {
        var result = await Read(bytes, "发布记录.xlsx");

        Assert.False(result.IsSuccess, what);
        Assert.Equal("文件已损坏或不是有效的 Excel 工作簿（.xlsx），请在 Excel 中重新保存后再导入。", result.Error);
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused_without_reading_it_all()
    {
        var header = Encoding.UTF8.GetBytes("单位,标题,发布日期\r\n");
        var bytes = new byte[(20 * 1024 * 1024) + 1];
        header.CopyTo(bytes, 0);
        bytes.AsSpan(header.Length).Fill((byte)'a');

        Assert.Equal("文件超过 20 MB，请拆分后分批导入。", (await Read(bytes, "big.csv")).Error);
        Assert.True((await Read(bytes[..(20 * 1024 * 1024)], "big.csv")).IsSuccess);
    }

    [Fact]
    public async Task An_upload_declaring_more_than_20_MB_is_refused_before_it_is_opened()
    {
        var upload = new FormFile(Stream.Null, 0, (20 * 1024 * 1024) + 1, "file", "big.xlsx");

        Assert.Equal("文件超过 20 MB，请拆分后分批导入。", (await _reader.ReadAsync(upload, Token)).Error);
    }

    [Fact]
    public async Task An_upload_is_read_through_its_file_name_and_stream()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv);
        var upload = new FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", "发布记录.csv");

        AssertTheTwoPublications(await _reader.ReadAsync(upload, Token));
    }

    [Fact]
    public async Task At_most_50000_data_rows_are_accepted()
    {
        static byte[] CsvWith(int rows)
        {
            var csv = new StringBuilder("单位,标题,发布日期\r\n");
            for (var i = 1; i <= rows; i++)
            {
                csv.Append("区财政局,标题").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(",2022-07-05\r\n");
            }

            return Encoding.UTF8.GetBytes(csv.ToString());
        }

        var full = await Read(CsvWith(50_000), "x.csv");
        Assert.True(full.IsSuccess, full.Error);
        Assert.Equal(50_001, full.File.Rows[^1].Row);

        Assert.Equal("一个文件最多 50,000 行数据（不含表头），请拆分后分批导入。", (await Read(CsvWith(50_001), "x.csv")).Error);
    }

    [Fact]
    public async Task The_row_limit_applies_to_workbooks_too()
    {
        var reader = new TabularFileReader(Options.Create(new ImportOptions { MaxDataRows = 2 }));
        using var file = new MemoryStream();
        await file.SaveAsAsync(Enumerable.Range(1, 3).Select(i => new { 单位 = "区财政局", 标题 = $"标题{i}", 发布日期 = "2022-07-05" }), cancellationToken: Token);

        var result = await reader.ReadAsync(new MemoryStream(file.ToArray()), "x.xlsx", Token);

        Assert.Equal("一个文件最多 2 行数据（不含表头），请拆分后分批导入。", result.Error);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // 250 MB of zeros deflate to about 250 KB: small upload, huge unpacked size.
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var sheet = await zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).OpenAsync(Token);
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 250; i++)
            {
                await sheet.WriteAsync(zeros, Token);
            }
        }

        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");

        var result = await Read(bomb.ToArray(), "发布记录.xlsx");

        Assert.Equal("文件解压后超过 200 MB，可能已损坏或被恶意构造，已拒绝导入。", result.Error);
    }
}
