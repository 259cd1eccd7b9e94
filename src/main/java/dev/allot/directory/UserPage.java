package dev.allot.directory;

import java.util.List;

import dev.allot.directory.domain.User;

/** One page of users and, when there are more, the key to continue after the last one. */
public record UserPage(List<User> users, PageKey next) {

    /** The sort value and id of the last user on a page. */
    public record PageKey(String sortValue, java.util.UUID id) {
    }
}
