using HuangshigangDisclosure.Web.Imports;

namespace HuangshigangDisclosure.Web.Tests.Imports;

public class CsvParserTests
{
    [Fact]
    public void Plain_fields_split_on_commas_and_lines()
    {
        Assert.Equal([["a", "b", ""], ["c", "", "d"]], CsvParser.Records("a,b,\r\nc,,d\r\n"));
    }

    [Fact]
    public void The_last_line_needs_no_line_break_and_LF_alone_ends_a_line()
    {
        Assert.Equal([["a"], ["b", "c"]], CsvParser.Records("a\nb,c"));
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var records = CsvParser.Records("\"关于印发《办法》的通知，请遵照执行\",\"他说\"\"好\"\"\",\"第一行\r\n第二行\"\r\nnext,\"\"\r\n").ToList();

        Assert.Equal(
            [["关于印发《办法》的通知，请遵照执行", "他说\"好\"", "第一行\r\n第二行"], ["next", ""]],
            records);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_text_as_in_Excel()
    {
        Assert.Equal([["关于\"双减\"的通知", "x"]], CsvParser.Records("关于\"双减\"的通知,x"));
    }

    [Fact]
    public void An_empty_line_is_a_record_with_one_empty_field()
    {
        Assert.Equal([["a"], [""], ["b"]], CsvParser.Records("a\n\nb\n"));
    }

    [Fact]
    public void A_quote_never_closed_is_reported_with_the_row_it_opened_in()
    {
        var error = Assert.Throws<FormatException>(() => CsvParser.Records("单位,标题\n区财政局,\"未闭合的标题\n下一行\n").ToList());

        Assert.Equal("第 2 行有一个引号没有闭合，请检查该行。", error.Message);
    }
}
