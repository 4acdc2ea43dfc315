namespace HuangshigangDisclosure.Core.Units;

/// <summary>单位类型. Streets and the management zone are scored alike (design §2).</summary>
public enum UnitKind
{
    /// <summary>区直部门</summary>
    Department = 0,

    /// <summary>街道（办事处）</summary>
    Street = 1,

    /// <summary>管理区</summary>
    ManagementZone = 2,

    /// <summary>其他</summary>
    Other = 3,
}
