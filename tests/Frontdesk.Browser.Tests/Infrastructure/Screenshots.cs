namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>Where a test's step screenshots go: &lt;repository&gt;/TestResults/screenshots (git-ignored), or $FRONTDESK_TEST_ARTIFACTS/screenshots.</summary>
public static class Screenshots
{
    public static string FolderFor(string testClass, string test)
    {
        var folder = Path.Combine(ArtifactsRoot(), "screenshots", testClass, test);
        // Last run's pictures would pass for this run's: start empty.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Where test artifacts go: screenshots, and figures a test reports.</summary>
    public static string ArtifactsRoot()
    {
        if (Environment.GetEnvironmentVariable("FRONTDESK_TEST_ARTIFACTS") is { Length: > 0 } configured) return configured;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Orleans.sln"))) return Path.Combine(folder.FullName, "TestResults");
        }
        return Path.Combine(AppContext.BaseDirectory, "TestResults");
    }
}
