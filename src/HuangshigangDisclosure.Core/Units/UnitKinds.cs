using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Units;

/// <summary>The Chinese names of <see cref="UnitKind"/>.</summary>
public static class UnitKinds
{
    public static ChineseNames<UnitKind> Names { get; } = new(
        [
            (UnitKind.Department, "区直部门"),
            (UnitKind.Street, "街道"),
            (UnitKind.ManagementZone, "管理区"),
            (UnitKind.Other, "其他"),
        ],
        new Dictionary<string, UnitKind>
        {
            ["部门"] = UnitKind.Department,
            ["区直单位"] = UnitKind.Department,
            ["街道办事处"] = UnitKind.Street,
            ["街道办"] = UnitKind.Street,
            ["其它"] = UnitKind.Other,
        });

    public static string ChineseName(this UnitKind kind) => Names.NameOf(kind);
}
