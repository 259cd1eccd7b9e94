package dev.allot.web.billing;

import org.springframework.web.util.UriComponentsBuilder;

import dev.allot.directory.UserPage.PageKey;
import dev.allot.web.users.UserListQuery;

/** First, Previous, Next and Last of a product's users, keeping the search and the page size. */
public final class HolderLinks {

    private final String path;
    private final UserListQuery q;
    private final HolderTable table;

    HolderLinks(String path, UserListQuery q, HolderTable table) {
        this.path = path;
        this.q = q;
        this.table = table;
    }

    private UriComponentsBuilder base() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (!q.search().isEmpty()) {
            b.queryParam("search", q.search());
        }
        return b.queryParam("size", q.size());
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
}
