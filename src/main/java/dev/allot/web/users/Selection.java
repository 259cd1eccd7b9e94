package dev.allot.web.users;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/** The users an admin has ticked on Active users; kept in the session so it survives paging. */
public final class Selection implements Serializable {

    public static final int MAX = 1000;
    private static final String ATTRIBUTE = "allot.selectedUsers";
    private static final long serialVersionUID = 1L;

    private final Set<UUID> users = new LinkedHashSet<>();

    public static Selection of(HttpSession session) {
        Selection selection = (Selection) session.getAttribute(ATTRIBUTE);
        if (selection == null) {
            selection = new Selection();
            session.setAttribute(ATTRIBUTE, selection);
        }
        return selection;
    }

    /** Ticks the checked users of a page and clears the others shown on it; returns false if the limit stopped it. */
    public synchronized boolean update(Collection<UUID> shownOnPage, Collection<UUID> checked) {
        users.removeAll(shownOnPage);
        for (UUID id : checked) {
            if (shownOnPage.contains(id)) {
                if (users.size() >= MAX) {
                    return false;
                }
                users.add(id);
            }
        }
        return true;
    }

    public synchronized void clear() {
        users.clear();
    }

    public synchronized void remove(UUID id) {
        users.remove(id);
    }

    public synchronized boolean contains(UUID id) {
        return users.contains(id);
    }

    public synchronized List<UUID> users() {
        return List.copyOf(users);
    }

    public synchronized int size() {
        return users.size();
    }
}
