package dev.allot.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The admin center's languages: those the documentation reached users in. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ro"), Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("nl"), Locale.ITALIAN, Locale.GERMAN);

    private Languages() {
    }

    /** The best supported language for the browser's Accept-Language, English otherwise. */
    public static Locale fromBrowser(HttpServletRequest request) {
        var preferred = request.getLocales();
        while (preferred.hasMoreElements()) {
            Locale wanted = preferred.nextElement();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    public static boolean isSupported(Locale locale) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
    }
}
