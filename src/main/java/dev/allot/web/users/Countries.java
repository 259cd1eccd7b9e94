package dev.allot.web.users;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Countries for a usage location picker, named in the page's language and sorted by that name. */
public final class Countries {

    private Countries() {
    }

    public record Country(String code, String name) {
    }

    public static List<Country> in(Locale language) {
        Collator collator = Collator.getInstance(language);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(language)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }
}
