package dev.allot.graph.odata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QueryOptionsTest {

    @Test
    void the_query_string_of_a_next_link_decodes_to_exactly_the_options_given() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("$filter", new String[] {"displayName eq 'a+b & c=d%'"});
        parameters.put("top", new String[] {"5"});
        parameters.put("$skiptoken", new String[] {"old"});
        parameters.put("api-version", new String[] {"1"});

        String query = QueryOptions.of(parameters, List.of("$filter", "$top", "$skiptoken")).queryStringWith("$skiptoken", "new");

        assertThat(query).doesNotContain("+").doesNotContain(" ");
        assertThat(query.split("&")).extracting(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
                .containsExactly("$filter=displayName eq 'a+b & c=d%'", "$top=5", "$skiptoken=new");
    }
}
