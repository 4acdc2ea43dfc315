using HuangshigangDisclosure.Core.Scoring;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Scoring;

/// <summary>Stops the app at start with every problem of the "Scoring" section named, one line each.</summary>
public sealed class ScoringOptionsValidation : IValidateOptions<ScoringOptions>
{
    public ValidateOptionsResult Validate(string? name, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
