using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Directory.Domains;

/// <summary>The fields an Admin edits on a disclosure domain.</summary>
public sealed class DomainForm
{
    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(10, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.Domain_Code))]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(100, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.Domain_Name))]
    public string Name { get; set; } = "";

    [Range(0, 100000, ErrorMessage = nameof(Strings.Validation_Range))]
    [Display(Name = nameof(Strings.Domain_SortOrder))]
    public int SortOrder { get; set; }

    public static DomainForm From(DisclosureDomain domain) => new()
    {
        Code = domain.Code,
        Name = domain.Name,
        SortOrder = domain.SortOrder,
    };

    public void ApplyTo(DisclosureDomain domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        domain.Code = Code.Trim();
        domain.Name = Name.Trim();
        domain.SortOrder = SortOrder;
    }

    /// <summary>Codes and names are unique: a duplicate gets a message on its field.</summary>
    public async Task<bool> IsFreeAsync(AppDbContext db, int? exceptId, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(modelState);
        var code = Code.Trim();
        var name = Name.Trim();
        var clashes = await db.DisclosureDomains.AsNoTracking()
            .Where(d => d.Id != exceptId && (d.Code == code || d.Name == name))
            .Select(d => new { d.Code, d.Name })
            .ToListAsync();
        if (clashes.Any(c => c.Code == code))
        {
            modelState.AddModelError("Input.Code", localizer[nameof(Strings.Domains_CodeTaken), code]);
        }

        if (clashes.Any(c => c.Name == name))
        {
            modelState.AddModelError("Input.Name", localizer[nameof(Strings.Domains_NameTaken), name]);
        }

        return clashes.Count == 0;
    }
}
