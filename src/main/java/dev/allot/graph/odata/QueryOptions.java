package dev.allot.graph.odata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/**
 * The OData system query options of one request ($filter, $top, ...), checked against those the route answers.
 * An option the route does not answer is refused rather than ignored: a script that sent $expand or $skip
 * would otherwise act on results that are not what it asked for. Names are matched ignoring case, and the $ may
 * be left out, as Graph allows; other (non-OData) parameters are left alone.
 */
public final class QueryOptions {

    private static final Set<String> ODATA_OPTIONS = Set.of("$select", "$filter", "$top", "$skip", "$count", "$orderby", "$search",
            "$expand", "$format", "$skiptoken", "$deltatoken", "$apply", "$compute", "$levels", "$index", "$schemaversion", "$id");

    private final Map<String, String> options;

    private QueryOptions(Map<String, String> options) {
        this.options = options;
    }

    /** @param supported the options the route answers, written as $name */
    public static QueryOptions of(Map<String, String[]> parameters, List<String> supported) {
        return of(parameters, supported, Map.of());
    }

    /**
     * @param supported the options the route answers, written as $name
     * @param refusals for options the route does not answer but scripts often send, what to say instead of the usual refusal
     */
    public static QueryOptions of(Map<String, String[]> parameters, List<String> supported, Map<String, String> refusals) {
        Map<String, String> options = new LinkedHashMap<>();
        parameters.forEach((name, values) -> canonical(name).ifPresent(option -> {
            requireSupported(option, supported, refusals);
            if (values.length > 1 || options.containsKey(option)) {
                throw AllotException.badRequest("The query option '" + option + "' is given more than once; give it once.");
            }
            options.put(option, values[0]);
        }));
        return new QueryOptions(options);
    }

    public Optional<String> get(String option) {
        return Optional.ofNullable(options.get(option));
    }

    /** These options as a URL query string, with the option set to the value (added, or replacing the one given). */
    public String queryStringWith(String option, String value) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        options.forEach((name, given) -> all.put(name, List.of(given)));
        all.remove(option);
        all.put(option, List.of(value));
        return QueryStrings.encode(all);
    }

    private static Optional<String> canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String option = lower.startsWith("$") ? lower : "$" + lower;
        return lower.startsWith("$") || ODATA_OPTIONS.contains(option) ? Optional.of(option) : Optional.empty();
    }

    private static void requireSupported(String option, List<String> supported, Map<String, String> refusals) {
        if (supported.contains(option)) {
            return;
        }
        if (refusals.containsKey(option)) {
            throw new AllotException(ErrorCode.UNSUPPORTED_QUERY, refusals.get(option));
        }
        throw new AllotException(ErrorCode.UNSUPPORTED_QUERY, "The query option '" + option + "' is not supported here. Supported: "
                + String.join(", ", supported) + ".");
    }
}
