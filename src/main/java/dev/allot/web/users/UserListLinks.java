package dev.allot.web.users;

import org.springframework.web.util.UriComponentsBuilder;

import dev.allot.directory.UserPage.PageKey;

/** The links of the Active users table, keeping the search, filter, sort, size and view. */
public final class UserListLinks {

    private final UserListQuery q;
    private final UserTable table;

    UserListLinks(UserListQuery q, UserTable table) {
        this.q = q;
        this.table = table;
    }

    private UriComponentsBuilder base() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/users");
        if (!q.search().isEmpty()) {
            b.queryParam("search", q.search());
        }
        if (!q.filter().equals("all")) {
            b.queryParam("filter", q.filter());
        }
        b.queryParam("sort", q.sortName()).queryParam("dir", q.descending() ? "desc" : "asc").queryParam("size", q.size());
        if (q.selectedOnly()) {
            b.queryParam("view", "selected");
        }
        return b;
    }

    public String first() {
        return base().encode().build().toUriString();
    }

    public String last() {
        return base().queryParam("move", "last").encode().build().toUriString();
    }

    public String next() {
        return table.lastKey() == null ? first() : keyed("next", table.lastKey());
    }

    public String previous() {
        return table.firstKey() == null ? first() : keyed("previous", table.firstKey());
    }

    private String keyed(String move, PageKey key) {
        return base().queryParam("move", move).queryParam("key", key.sortValue()).queryParam("id", key.id()).encode().build().toUriString();
    }

    /** Sorting by a column: ascending first, descending when it already is ascending. */
    public String sortBy(String field) {
        boolean flip = q.sortName().equals(field) && !q.descending();
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/users");
        if (!q.search().isEmpty()) {
            b.queryParam("search", q.search());
        }
        if (!q.filter().equals("all")) {
            b.queryParam("filter", q.filter());
        }
        if (q.selectedOnly()) {
            b.queryParam("view", "selected");
        }
        return b.queryParam("sort", field).queryParam("dir", flip ? "desc" : "asc").queryParam("size", q.size()).encode().build().toUriString();
    }

    public String ariaSort(String field) {
        if (!q.sortName().equals(field)) {
            return "none";
        }
        return q.descending() ? "descending" : "ascending";
    }
}
