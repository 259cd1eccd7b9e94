package dev.allot.graph;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.allot.config.AllotProperties;

/** Absolute links of the Graph API (@odata.context, @odata.nextLink), from ALLOT_PUBLIC_URL or the request. */
@Component
public class GraphLinks {

    private final String publicUrl;

    public GraphLinks(AllotProperties properties) {
        String url = properties.publicUrl();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String root() {
        String base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : publicUrl;
        return base + "/v1.0";
    }

    public String context(String fragment) {
        return root() + "/$metadata#" + fragment;
    }
}
