package lv.pietura.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Countries by their ISO 3166-1 alpha-2 code, named in the page's language (the JDK's CLDR names). */
@Named
@ApplicationScoped
public class Countries {

    /** A country to choose: its code and its name in the page's language. */
    public record Country(String code, String name) implements Serializable {}

    /** The lists made, by language: a page draws its list on every render. */
    private final Map<Locale, List<Country>> lists = new ConcurrentHashMap<>();

    /** Every country, ordered by its name in the page's language. */
    public List<Country> all() {
        return lists.computeIfAbsent(Texts.locale(), locale -> {
            Collator order = Collator.getInstance(locale);
            return Arrays.stream(Locale.getISOCountries())
                    .map(code -> new Country(code, name(code, locale)))
                    .sorted(Comparator.comparing(Country::name, order))
                    .toList();
        });
    }

    /** The country's name in the page's language, the code itself when there is none. */
    public String name(String code) {
        return code == null ? "" : name(code, Texts.locale());
    }

    private static String name(String code, Locale locale) {
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
