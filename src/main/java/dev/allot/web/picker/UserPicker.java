package dev.allot.web.picker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.SqlCondition;
import dev.allot.directory.UserOrder;
import dev.allot.directory.UserPage;
import dev.allot.directory.domain.User;
import dev.allot.security.Caller;

/**
 * "Find users by name, tick any number": the live search of Assign licenses and Add members. The users already
 * ticked come back first and stay ticked whatever is searched next, so picking survives new searches.
 */
@Component
public class UserPicker {

    /** How many matches one search shows; the admin narrows the search for more. */
    public static final int FOUND = 10;
    /** At most this many users are picked at once (the bulk licensing limit). */
    public static final int MAX_PICKED = 1000;

    private final DirectoryService directory;

    public UserPicker(DirectoryService directory) {
        this.directory = directory;
    }

    /** The picked users and the users whose name, username or mail starts with the text, among those {@code eligible}. */
    public Candidates candidates(Caller caller, String find, List<UUID> picked, SqlCondition eligible) {
        String text = find == null ? "" : find.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        List<UUID> ids = picked == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(picked));
        if (ids.size() > MAX_PICKED) {
            ids = ids.subList(0, MAX_PICKED);
        }
        List<User> pickedUsers = ids.isEmpty() ? List.of() : users(caller, new SqlCondition("u.user_id = any(:picked)",
                Map.of("picked", ids.toArray(UUID[]::new))), ids.size()).users();
        if (text.isEmpty()) {
            return new Candidates(text, pickedUsers, List.of(), false);
        }
        Map<String, Object> params = new HashMap<>(eligible.params());
        params.put("find", escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        params.put("picked", ids.toArray(UUID[]::new));
        String sql = "(" + eligible.sql() + ") and not (u.user_id = any(:picked))"
                + " and (lower(u.display_name) like :find escape '\\' or lower(u.user_principal_name) like :find escape '\\'"
                + " or lower(coalesce(u.given_name, '')) like :find escape '\\' or lower(coalesce(u.surname, '')) like :find escape '\\'"
                + " or lower(coalesce(u.mail, '')) like :find escape '\\')";
        UserPage found = users(caller, new SqlCondition(sql, params), FOUND);
        return new Candidates(text, pickedUsers, found.users(), found.next() != null);
    }

    private UserPage users(Caller caller, SqlCondition condition, int size) {
        return directory.users(caller.tenantId(), caller.actor(), condition, UserOrder.DISPLAY_NAME, false, null, size);
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** What the picker shows: the users ticked so far, then the matches of the search (more: there are others). */
    public record Candidates(String find, List<User> picked, List<User> found, boolean more) {

        public boolean searched() {
            return !find.isEmpty();
        }
    }
}
