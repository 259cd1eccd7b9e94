package dev.allot.web;

import java.net.URI;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Location of a resource just created under the requested collection. */
public final class Locations {

    private Locations() {
    }

    public static URI below(Object id) {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
    }
}
