namespace HuangshigangDisclosure.Core.Bulletins;

/// <summary>Who issues the bulletin and to whom (section "Bulletin" of appsettings.json); the drafter's defaults.</summary>
public sealed class BulletinOptions
{
    public const string Section = "Bulletin";

    /// <summary>The district's name as the title writes it.</summary>
    public string District { get; set; } = "黄石港区";

    /// <summary>发文机关 and signature.</summary>
    public string Office { get; set; } = "黄石港区政务公开领导小组办公室";

    /// <summary>主送机关, with its closing colon.</summary>
    public string Addressees { get; set; } = "各街道（管理区）、区直各部门：";

    public bool IsValid =>
        !string.IsNullOrWhiteSpace(District) && !string.IsNullOrWhiteSpace(Office) && !string.IsNullOrWhiteSpace(Addressees);
}
