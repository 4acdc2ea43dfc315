namespace HuangshigangDisclosure.Core.Auditing;

public enum AuditAction
{
    Insert = 0,
    Update = 1,
    Delete = 2,
    LoginSucceeded = 10,
    LoginFailed = 11,
    LockedOut = 12,
    Logout = 13,
    PasswordChanged = 14,
    PasswordReset = 15,
    RoleChanged = 16,
    UserCreated = 17,
    UserDisabled = 18,
    UserEnabled = 19,
}
