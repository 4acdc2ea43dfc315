using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Imports;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// Upload → preview → "确认导入". The upload is kept on the server under an id bound to the user
/// (the preview's address carries it); the commit reads that file again and checks every row again
/// in its transaction. Admins import for any unit, a liaison for their own; Leaders import nothing.
/// </summary>
public class ImportModel(
    PublicationImport import,
    ImportStaging staging,
    TabularFileReader reader,
    IOptions<ImportOptions> options,
    AppDbContext db,
    CurrentUser me,
    IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The staged upload being previewed or committed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public ImportResult<PublicationPreview>? Result { get; private set; }

    public string? FileName { get; private set; }

    public string? OwnUnitName { get; private set; }

    public ImportOptions Limits => options.Value;

    private bool CanImport => me.IsAdmin || (me.IsLiaison && me.UnitId is not null);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!CanImport)
        {
            return Forbid();
        }

        await LoadOwnUnitAsync(cancellationToken);
        if (Id is null)
        {
            return Page();
        }

        var upload = await staging.LoadAsync(Id, me.Id, PublicationImport.Kind, cancellationToken);
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
        if (!CanImport)
        {
            return Forbid();
        }

        await LoadOwnUnitAsync(cancellationToken);
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

        var id = await staging.SaveAsync(upload, me.Id!, PublicationImport.Kind, cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken cancellationToken)
    {
        if (!CanImport)
        {
            return Forbid();
        }

        await LoadOwnUnitAsync(cancellationToken);
        var upload = await staging.LoadAsync(Id, me.Id, PublicationImport.Kind, cancellationToken);
        if (upload is null)
        {
            return UploadGone();
        }

        FileName = upload.FileName;
        Result = await import.CommitAsync(upload, cancellationToken);
        if (!Result.Committed)
        {
            // The data changed since the preview (or the file never was valid): show what is wrong now.
            return Page();
        }

        staging.Delete(Id!);
        TempData["StatusMessage"] = localizer[nameof(Strings.Imports_Done), Result.Added, Result.Duplicates.Count].Value;
        return RedirectToPage();
    }

    /// <summary>The template workbook; a liaison's examples name their own unit.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken cancellationToken)
    {
        if (!CanImport)
        {
            return Forbid();
        }

        await LoadOwnUnitAsync(cancellationToken);
        var unitName = OwnUnitName
            ?? await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken)
            ?? "区政府办公室";
        var code = await db.DirectoryEntries.AsNoTracking().Where(e => e.IsActive).OrderBy(e => e.Code).Select(e => e.Code).FirstOrDefaultAsync(cancellationToken);
        return File(ImportTemplates.Publications(unitName, code), ImportTemplates.ContentType, "公开信息导入模板.xlsx");
    }

    private async Task LoadOwnUnitAsync(CancellationToken cancellationToken)
    {
        if (!me.IsAdmin && me.UnitId is { } unitId)
        {
            OwnUnitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        }
    }

    /// <summary>Unknown, expired or another user's upload: the same answer, so ids cannot be probed.</summary>
    private PageResult UploadGone()
    {
        Id = null;
        ModelState.AddModelError(nameof(Upload), localizer[nameof(Strings.Imports_UploadGone)]);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
