using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Imports;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages.Directory;

/// <summary>
/// The standard directory from a spreadsheet (Admin only, listed in PortalSetup.AdminPages):
/// upload → preview of what is added and what changes → "确认导入".
/// </summary>
public class ImportModel(
    DirectoryImport import,
    ImportStaging staging,
    TabularFileReader reader,
    IOptions<ImportOptions> options,
    CurrentUser me,
    IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    /// <summary>"自动新增不存在的公开领域": off unless ticked, so a misspelt domain is an error rather than a new domain.</summary>
    [BindProperty(SupportsGet = true)]
    public bool AddDomains { get; set; }

    public DirectoryImportResult? Result { get; private set; }

    public string? FileName { get; private set; }

    public ImportOptions Limits => options.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return Page();
        }

        var upload = await staging.LoadAsync(Id, me.Id, DirectoryImport.Kind, cancellationToken);
        if (upload is null)
        {
            return UploadGone();
        }

        FileName = upload.FileName;
        Result = await import.PreviewAsync(upload, AddDomains, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Id = null;
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), localizer[nameof(Strings.Imports_ChooseFile)]);
            return Page();
        }

        var upload = await ImportUpload.ReadAsync(Upload, Limits.MaxFileBytes, cancellationToken);
        if (upload is null)
        {
            ModelState.AddModelError(nameof(Upload), reader.TooLargeMessage);
            return Page();
        }

        var id = await staging.SaveAsync(upload, me.Id!, DirectoryImport.Kind, cancellationToken);
        return RedirectToPage(new { id, addDomains = AddDomains ? "true" : null });
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        var upload = await staging.LoadAsync(Id, me.Id, DirectoryImport.Kind, cancellationToken);
        if (upload is null)
        {
            return UploadGone();
        }

        FileName = upload.FileName;
        Result = await import.CommitAsync(upload, AddDomains, cancellationToken);
        if (!Result.Committed)
        {
            return Page();
        }

        staging.Delete(Id!);
        TempData["StatusMessage"] = localizer[nameof(Strings.DirectoryImport_Done), Result.Added, Result.Updated, Result.Unchanged, Result.NewDomains.Count].Value;
        return RedirectToPage("/Directory/Index");
    }

    public IActionResult OnGetTemplate() =>
        File(ImportTemplates.Directory(), ImportTemplates.ContentType, "公开目录导入模板.xlsx");

    private PageResult UploadGone()
    {
        Id = null;
        ModelState.AddModelError(nameof(Upload), localizer[nameof(Strings.Imports_UploadGone)]);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
