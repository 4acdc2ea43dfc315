using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>
/// Keeps an uploaded file on the server between the preview and "确认导入", under a random id bound
/// to the user who uploaded it: the commit reads the same bytes again and checks them again, and
/// never trusts rows sent back by a browser. Files older than <see cref="ImportOptions.StagingHours"/>
/// are discarded.
/// </summary>
public sealed partial class ImportStaging(IOptions<ImportOptions> options, IWebHostEnvironment environment, TimeProvider clock, ILogger<ImportStaging> logger)
{
    private sealed record Ticket(string UserId, string Kind, string FileName, DateTime SavedAtUtc);

    private string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.StagingFolder));

    private TimeSpan Lifetime => TimeSpan.FromHours(options.Value.StagingHours);

    /// <summary>Stores the upload for <paramref name="userId"/> and answers its id.</summary>
    public async Task<string> SaveAsync(ImportUpload upload, string userId, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        Directory.CreateDirectory(Folder);
        DiscardExpired();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(DataPath(id), upload.Content, cancellationToken);
        var ticket = new Ticket(userId, kind, upload.FileName, clock.GetUtcNow().UtcDateTime);
        await File.WriteAllTextAsync(TicketPath(id), JsonSerializer.Serialize(ticket), cancellationToken);
        return id;
    }

    /// <summary>The upload, or null when the id is unknown, expired, of another kind or another user's.</summary>
    public async Task<ImportUpload?> LoadAsync(string? id, string? userId, string kind, CancellationToken cancellationToken)
    {
        if (id is null || userId is null || !IdPattern().IsMatch(id) || !File.Exists(TicketPath(id)) || !File.Exists(DataPath(id)))
        {
            return null;
        }

        var ticket = JsonSerializer.Deserialize<Ticket>(await File.ReadAllTextAsync(TicketPath(id), cancellationToken));
        if (ticket is null || ticket.UserId != userId || ticket.Kind != kind || clock.GetUtcNow().UtcDateTime - ticket.SavedAtUtc > Lifetime)
        {
            return null;
        }

        return new ImportUpload(ticket.FileName, await File.ReadAllBytesAsync(DataPath(id), cancellationToken));
    }

    public void Delete(string id)
    {
        if (IdPattern().IsMatch(id))
        {
            File.Delete(DataPath(id));
            File.Delete(TicketPath(id));
        }
    }

    private void DiscardExpired()
    {
        var limit = DateTime.UtcNow - Lifetime;
        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(path) < limit)
                {
                    File.Delete(path);
                }
            }
            catch (IOException e)
            {
                // Another request may be reading it; the next upload tries again.
                logger.LogWarning(e, "Could not discard the expired upload {Path}.", path);
            }
        }
    }

    private string DataPath(string id) => Path.Combine(Folder, id + ".upload");

    private string TicketPath(string id) => Path.Combine(Folder, id + ".json");

    // Only ids this class made: nothing a caller sends can point outside the folder.
    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
