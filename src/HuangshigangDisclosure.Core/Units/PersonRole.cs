namespace HuangshigangDisclosure.Core.Units;

/// <summary>The responsibilities a unit names for its disclosure work (责任人).</summary>
public enum PersonRole
{
    /// <summary>具体负责人</summary>
    PersonInCharge = 0,

    /// <summary>分管领导</summary>
    LeaderInCharge = 1,

    /// <summary>联络员 (a unit may have several)</summary>
    Liaison = 2,
}
