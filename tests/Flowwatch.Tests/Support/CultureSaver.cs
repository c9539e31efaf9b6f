using System.Globalization;

namespace Flowwatch.Tests.Support;

/// <summary>Runs code under another current culture and restores it (NodaTime's habit): the core must not care.</summary>
public static class CultureSaver
{
    public static readonly string[] Cultures = ["", "de-DE", "ru-RU", "tr-TR"];

    public static void Run(string culture, Action action)
    {
        CultureInfo before = CultureInfo.CurrentCulture, beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
