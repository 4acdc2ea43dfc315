using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Imports;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages.Admin;

/// <summary>The unit list from a spreadsheet (Admin only, by the /Admin folder): upload → preview → "确认导入".</summary>
public class UnitsImportModel(
    UnitImport import,
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

    public ImportResult<UnitPreview>? Result { get; private set; }

    public string? FileName { get; private set; }

    public ImportOptions Limits => options.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return Page();
        }

        var upload = await staging.LoadAsync(Id, me.Id, UnitImport.Kind, cancellationToken);
        if (upload is null)
        {
            return UploadGone();
        }

        FileName = upload.FileName;
        Result = await import.PreviewAsync(upload, cancellationToken);
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

        var id = await staging.SaveAsync(upload, me.Id!, UnitImport.Kind, cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        var upload = await staging.LoadAsync(Id, me.Id, UnitImport.Kind, cancellationToken);
        if (upload is null)
        {
            return UploadGone();
        }

        FileName = upload.FileName;
        Result = await import.CommitAsync(upload, cancellationToken);
        if (!Result.Committed)
        {
            return Page();
        }

        staging.Delete(Id!);
        TempData["StatusMessage"] = localizer[nameof(Strings.Imports_Done), Result.Added, Result.Duplicates.Count].Value;
        return RedirectToPage("/Units/Index");
    }

    public IActionResult OnGetTemplate() =>
        File(ImportTemplates.Units(), ImportTemplates.ContentType, "单位导入模板.xlsx");

    private PageResult UploadGone()
    {
        Id = null;
        ModelState.AddModelError(nameof(Upload), localizer[nameof(Strings.Imports_UploadGone)]);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
