using System.Text;

namespace Frontdesk.Kiosk.Printing;

/// <summary>The DOS code pages thermal printers speak (866 for Cyrillic) live in a provider .NET does not register by itself.</summary>
public static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Get(int codePage) => Encoding.GetEncoding(codePage);
}
