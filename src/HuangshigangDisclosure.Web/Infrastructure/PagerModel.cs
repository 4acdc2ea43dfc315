namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>Page links that keep the current filters (the query string) and change only <c>p</c>.</summary>
public sealed record PagerModel(int Page, int PageCount);
