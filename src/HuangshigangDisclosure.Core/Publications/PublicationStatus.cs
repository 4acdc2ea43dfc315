namespace HuangshigangDisclosure.Core.Publications;

public enum PublicationStatus
{
    /// <summary>已发布: counts when on a counted channel.</summary>
    Published = 0,

    /// <summary>撤回/错发: stays visible, marked, and never counts.</summary>
    Withdrawn = 1,
}
