package dev.allot.web.users;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;

import dev.allot.directory.domain.User;
import dev.allot.directory.domain.UserChanges;
import dev.allot.directory.domain.UserProperty;
import dev.allot.directory.domain.UserRules;

/**
 * The Add a user and Edit user forms: the values as typed (so nothing is lost when the form comes back with an
 * error), the problems of each field in plain words, and the changes they make.
 */
public record UserForm(String displayName, String givenName, String surname, String userPrincipalName, String usageLocation,
        String department, String jobTitle, boolean accountEnabled) {

    static final int MAX_TEXT = 256;

    /** A field's problem: a message key and its arguments (message codes among them are resolved too). */
    public record Problem(String key, List<Object> args) {
        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    static UserForm of(User u) {
        return new UserForm(u.displayName(), orEmpty(u.givenName()), orEmpty(u.surname()), u.userPrincipalName(),
                orEmpty(u.usageLocation()), orEmpty(u.department()), orEmpty(u.jobTitle()), u.accountEnabled());
    }

    static UserForm blank(String usageLocation) {
        return new UserForm("", "", "", "", orEmpty(usageLocation), "", "", true);
    }

    static UserForm read(MultiValueMap<String, String> form, User editing) {
        return new UserForm(text(form, "displayName"), text(form, "givenName"), text(form, "surname"),
                editing == null ? text(form, "userPrincipalName") : editing.userPrincipalName(), text(form, "usageLocation"),
                text(form, "department"), text(form, "jobTitle"), !"false".equals(form.getFirst("accountEnabled")));
    }

    /** Every field's problem, in the order of the form; empty when the form can be saved. */
    Map<String, Problem> problems(boolean creating) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (!creating) {
            displayName(problems);
        }
        tooLong(problems, "givenName", givenName, "user.givenName");
        tooLong(problems, "surname", surname, "user.surname");
        if (creating) {
            displayName(problems);
            if (userPrincipalName.isBlank()) {
                problems.put("userPrincipalName", Problem.of("userForm.error.userPrincipalName.required"));
            } else if (!UserChanges.builder().set(UserProperty.userPrincipalName, userPrincipalName).problems().isEmpty()) {
                problems.put("userPrincipalName", Problem.of("userForm.error.userPrincipalName.invalid"));
            }
        }
        if (!usageLocation.isEmpty() && !UserRules.isCountryCode(usageLocation.toUpperCase(Locale.ROOT))) {
            problems.put("usageLocation", Problem.of("userForm.error.usageLocation.invalid"));
        }
        tooLong(problems, "department", department, "user.department");
        tooLong(problems, "jobTitle", jobTitle, "user.jobTitle");
        return problems;
    }

    private void displayName(Map<String, Problem> problems) {
        if (displayName.isBlank()) {
            problems.put("displayName", Problem.of("userForm.error.displayName.required"));
        } else {
            tooLong(problems, "displayName", displayName, "user.displayName");
        }
    }

    /** The values of a new user. */
    UserChanges creation() {
        UserChanges.Builder b = UserChanges.builder().set(UserProperty.displayName, displayName)
                .set(UserProperty.userPrincipalName, userPrincipalName).set(UserProperty.accountEnabled, true);
        optional(b, UserProperty.givenName, givenName);
        optional(b, UserProperty.surname, surname);
        optional(b, UserProperty.usageLocation, usageLocation);
        optional(b, UserProperty.department, department);
        optional(b, UserProperty.jobTitle, jobTitle);
        return b.build();
    }

    /** Only what differs from the user as they are, so the audit log says what really changed. */
    UserChanges changesTo(User user) {
        UserChanges.Builder b = UserChanges.builder();
        if (!displayName.strip().equals(user.displayName())) {
            b.set(UserProperty.displayName, displayName);
        }
        changed(b, UserProperty.givenName, givenName, user.givenName());
        changed(b, UserProperty.surname, surname, user.surname());
        changed(b, UserProperty.usageLocation, usageLocation.toUpperCase(Locale.ROOT), user.usageLocation());
        changed(b, UserProperty.department, department, user.department());
        changed(b, UserProperty.jobTitle, jobTitle, user.jobTitle());
        if (accountEnabled != user.accountEnabled()) {
            b.set(UserProperty.accountEnabled, accountEnabled);
        }
        return b.build();
    }

    /** Clearing the usage location of this user: refused while they hold licenses. */
    boolean clearsUsageLocation(User user) {
        return usageLocation.isEmpty() && user.usageLocation() != null;
    }

    private static void changed(UserChanges.Builder b, UserProperty property, String value, String current) {
        String v = value.strip();
        if (!Objects.equals(v.isEmpty() ? null : v, current)) {
            b.set(property, v);
        }
    }

    private static void optional(UserChanges.Builder b, UserProperty property, String value) {
        if (!value.isBlank()) {
            b.set(property, value);
        }
    }

    private static void tooLong(Map<String, Problem> problems, String field, String value, String labelKey) {
        if (value.strip().length() > MAX_TEXT) {
            problems.put(field, Problem.of("userForm.error.tooLong", new DefaultMessageSourceResolvable(labelKey), MAX_TEXT));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
