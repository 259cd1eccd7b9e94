package dev.allot.directory.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a valid user property value. Messages name the property and say what is accepted. */
public final class UserRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern UPN = Pattern.compile("[A-Za-z0-9'._!#^~+-]{1,113}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");
    private static final Pattern NICKNAME = Pattern.compile("[A-Za-z0-9'._!#^~+-]{1,64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int MAX_TEXT = 256;

    private UserRules() {
    }

    public static boolean isCountryCode(String value) {
        return value != null && COUNTRIES.contains(value);
    }

    static Optional<String> check(UserProperty property, Object value) {
        if (value == null) {
            return switch (property) {
                case userPrincipalName, displayName, accountEnabled -> Optional.of("Property '" + property + "' cannot be null.");
                default -> Optional.empty();
            };
        }
        return switch (property) {
            case accountEnabled -> value instanceof Boolean ? Optional.empty() : Optional.of("Property 'accountEnabled' must be true or false.");
            case businessPhones -> checkPhones(value);
            default -> value instanceof String s ? checkText(property, s) : Optional.of("Property '" + property + "' must be a string.");
        };
    }

    private static Optional<String> checkText(UserProperty property, String value) {
        String v = value.strip();
        if (property == UserProperty.displayName && v.isEmpty()) {
            return Optional.of("Property 'displayName' cannot be empty.");
        }
        if (v.length() > MAX_TEXT) {
            return Optional.of("Property '" + property + "' is longer than " + MAX_TEXT + " characters.");
        }
        return switch (property) {
            case userPrincipalName -> UPN.matcher(v).matches() ? Optional.empty() : Optional.of("Property 'userPrincipalName' must look like alias@domain.com (letters, digits and ' . - _ ! # ^ ~ before the @), got '" + v + "'.");
            case mail -> v.isEmpty() || MAIL.matcher(v).matches() ? Optional.empty() : Optional.of("Property 'mail' must be an email address, got '" + v + "'.");
            case mailNickname -> v.isEmpty() || NICKNAME.matcher(v).matches() ? Optional.empty() : Optional.of("Property 'mailNickname' may hold only letters, digits and ' . - _ ! # ^ ~ (at most 64), got '" + v + "'.");
            case usageLocation -> v.isEmpty() || isCountryCode(v.toUpperCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of("Property 'usageLocation' must be a two-letter ISO 3166-1 country code such as US, GB or RO, got '" + v + "'.");
            case preferredLanguage -> v.isEmpty() || LANGUAGE.matcher(v).matches() ? Optional.empty() : Optional.of("Property 'preferredLanguage' must be a language tag such as en-US, got '" + v + "'.");
            default -> Optional.empty();
        };
    }

    private static Optional<String> checkPhones(Object value) {
        if (!(value instanceof List<?> list) || list.stream().anyMatch(p -> !(p instanceof String))) {
            return Optional.of("Property 'businessPhones' must be a list of strings.");
        }
        if (list.size() > 1) {
            return Optional.of("Property 'businessPhones' holds at most one number, as in Microsoft Graph.");
        }
        return list.stream().map(String.class::cast).anyMatch(p -> p.length() > 64)
                ? Optional.of("A business phone number is longer than 64 characters.") : Optional.empty();
    }

    static Object normalize(UserProperty property, Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        String v = s.strip();
        if (property == UserProperty.usageLocation) {
            return v.isEmpty() ? null : v.toUpperCase(Locale.ROOT);
        }
        if (property == UserProperty.userPrincipalName || property == UserProperty.displayName) {
            return v;
        }
        return v.isEmpty() ? null : v;
    }
}
