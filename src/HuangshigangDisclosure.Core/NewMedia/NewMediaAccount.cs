namespace HuangshigangDisclosure.Core.NewMedia;

public enum NewMediaPlatform
{
    /// <summary>微信公众号</summary>
    WeChat = 0,

    /// <summary>微博</summary>
    Weibo = 1,

    /// <summary>抖音</summary>
    Douyin = 2,

    /// <summary>今日头条</summary>
    Toutiao = 3,

    /// <summary>其他</summary>
    Other = 4,
}

public enum NewMediaStatus
{
    /// <summary>运营中</summary>
    Operating = 0,

    /// <summary>拟关停/注销: a stop-update notice precedes closure.</summary>
    ClosurePlanned = 1,

    /// <summary>关停</summary>
    Suspended = 2,

    /// <summary>注销</summary>
    Cancelled = 3,
}

public enum FilingKind
{
    /// <summary>开设</summary>
    Opening = 0,

    /// <summary>变更</summary>
    Change = 1,

    /// <summary>关停</summary>
    Suspension = 2,

    /// <summary>注销</summary>
    Cancellation = 3,
}

/// <summary>
/// 政务新媒体: a unit's account on a platform. Every opening, change, suspension and cancellation is
/// filed (备案, within 5 working days, 鄂政办发〔2019〕5号); "备案之外无政务新媒体".
/// </summary>
public class NewMediaAccount
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public required string Name { get; set; }

    public NewMediaPlatform Platform { get; set; }

    public NewMediaStatus Status { get; set; }

    /// <summary>The last day the account published anything, kept by the liaison.</summary>
    public DateOnly? LastUpdatedOn { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Filing> Filings { get; set; } = [];

    /// <summary>Records a filing; suspension and cancellation filings set the account's status.</summary>
    public Filing File(FilingKind kind, DateOnly filedOn, string? note)
    {
        var filing = new Filing { Account = this, Kind = kind, FiledOn = filedOn, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() };
        Filings.Add(filing);
        Status = kind switch
        {
            FilingKind.Opening => NewMediaStatus.Operating,
            FilingKind.Suspension => NewMediaStatus.Suspended,
            FilingKind.Cancellation => NewMediaStatus.Cancelled,
            _ => Status,
        };
        return filing;
    }
}

/// <summary>备案: one filing of an account with the provincial platform.</summary>
public class Filing
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public NewMediaAccount? Account { get; set; }

    public FilingKind Kind { get; set; }

    public DateOnly FiledOn { get; set; }

    public string? Note { get; set; }
}
