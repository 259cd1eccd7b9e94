package dev.allot.catalog;

import static dev.allot.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.TestTenant;
import dev.allot.web.BodySizeLimitFilter;
import tools.jackson.databind.JsonNode;

/** Loading a newer copy of Microsoft's catalog file into the default catalog, which every organization shares. */
@AllotTest
class CatalogImportApiTest {

    static final String HEADER = "Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n";
    static final String BOUNDARY = "AllotTestBoundary7MA4YWxkTrZu0gW";

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }

    /** A small file of new products with the flaws Microsoft's own file has had. Each call makes new products. */
    private static Flawed flawedFile() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        UUID widgets = UUID.randomUUID();
        UUID gizmos = UUID.randomUUID();
        String widgetPlan = UUID.randomUUID().toString();
        String csv = HEADER
                + "Contoso Widgets,WIDGETS_" + tag + "," + widgets + ",WIDGET_APP_" + tag + "," + widgetPlan + ",Widget App\n"
                + "Contoso Widgets,WIDGETS_" + tag + "," + widgets + ",WIDGET_APP_" + tag + "," + widgetPlan + ",Widget App\n"
                + "Contoso Gadgets,GADGETS_" + tag + ",not-a-guid,GADGET_APP_" + tag + "," + UUID.randomUUID() + ",Gadget App\n"
                + "\"  Contoso   Gizmos \",GIZMOS_" + tag + "," + gizmos + ",GIZMO_APP_" + tag + "," + UUID.randomUUID() + ",Gizmo App\n";
        return new Flawed(csv.getBytes(StandardCharsets.UTF_8), widgets, gizmos);
    }

    record Flawed(byte[] csv, UUID widgets, UUID gizmos) {
    }

    @Test
    void an_uploaded_file_is_loaded_and_the_report_names_each_decision_with_its_row() {
        TestTenant t = fixtures.aTenant().build();
        TestTenant other = fixtures.aTenant().build();
        Flawed file = flawedFile();

        Response r = api(t).send("POST", "/api/v1/catalog/import", multipart("newer.csv", file.csv()), "multipart/form-data; boundary=" + BOUNDARY);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.path("sourceName").asString()).isEqualTo("upload:newer.csv");
        assertThat(report.path("imported").asBoolean()).isTrue();
        assertThat(report.path("products").asInt()).isEqualTo(2);
        assertThat(report.path("plans").asInt()).isEqualTo(2);
        JsonNode notes = report.path("notes");
        assertThat(notes.valueStream().map(n -> n.path("kind").asString())).containsExactly("TRIMMED", "DUPLICATE_ROW", "ROW_SKIPPED");
        assertThat(notes.get(0).path("row").isNull()).as("concerns the whole file").isTrue();
        assertThat(notes.get(1).path("row").asInt()).isEqualTo(3);
        assertThat(notes.get(2).path("row").asInt()).isEqualTo(4);
        assertThat(notes.get(2).path("message").asString()).contains("not-a-guid");
        JsonNode gizmos = api(other).get("/api/v1/catalog/products/" + file.gizmos()).json();
        assertThat(gizmos.path("displayName").asString()).isEqualTo("Contoso Gizmos");
        assertThat(gizmos.path("origin").asString()).isEqualTo("Catalog");
    }

    @Test
    void a_csv_body_is_loaded_once_and_again_only_when_forced() {
        TestTenant t = fixtures.aTenant().build();
        byte[] csv = flawedFile().csv();

        Response first = api(t).send("POST", "/api/v1/catalog/import?name=weekly.csv", csv, "text/csv");
        Response same = api(t).send("POST", "/api/v1/catalog/import?name=weekly.csv", csv, "text/csv");
        Response forced = api(t).send("POST", "/api/v1/catalog/import?name=weekly.csv&force=true", csv, "text/csv");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("imported").asBoolean()).isTrue();
        assertThat(same.json().path("imported").asBoolean()).isFalse();
        assertThat(forced.json().path("imported").asBoolean()).isTrue();
        assertThat(forced.json().path("notes")).hasSize(3);
    }

    @Test
    void a_full_copy_of_microsofts_file_loads_with_the_rows_it_needed_to_decide_on() throws IOException {
        TestTenant t = fixtures.aTenant().build();
        byte[] microsofts;
        try (InputStream in = new ClassPathResource("catalog/product-names-and-service-plan-identifiers.csv").getInputStream()) {
            microsofts = in.readAllBytes();
        }

        Response r = api(t).send("POST", "/api/v1/catalog/import", multipart("product-names-and-service-plan-identifiers.csv", microsofts),
                "multipart/form-data; boundary=" + BOUNDARY);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("products").asInt()).isGreaterThan(500);
        assertThat(r.json().path("plans").asInt()).isGreaterThan(500);
        assertThat(r.json().path("notes").valueStream().filter(n -> n.path("row").asInt() > 1)).isNotEmpty();
    }

    @Test
    void every_import_is_audited_in_the_importing_organization() {
        TestTenant t = fixtures.aTenant().build();

        api(t).send("POST", "/api/v1/catalog/import?name=audited.csv", flawedFile().csv(), "text/csv");

        String detail = jdbc.sql("select detail::text from audit_event where tenant_id = ? and action = 'catalog.import'").param(t.id)
                .query(String.class).single();
        assertThat(detail).contains("upload:audited.csv").contains("\"products\": 2");
    }

    @Test
    void a_file_that_is_not_microsofts_catalog_is_refused_and_nothing_is_loaded() {
        TestTenant t = fixtures.aTenant().build();
        ApiClient api = api(t);

        assertThat(assertProblem(api.send("POST", "/api/v1/catalog/import", "name,id\nA,1\n".getBytes(StandardCharsets.UTF_8), "text/csv"),
                400, "BAD_REQUEST")).startsWith("The catalog file lacks the column(s) [Product_Display_Name, String_Id, GUID");
        assertThat(assertProblem(api.send("POST", "/api/v1/catalog/import",
                (HEADER + "\"Unclosed,X,Y,Z,W,V\n").getBytes(StandardCharsets.UTF_8), "text/csv"), 400, "BAD_REQUEST"))
                .startsWith("The catalog file could not be read as CSV");
        assertThat(assertProblem(api.send("POST", "/api/v1/catalog/import", new byte[0], "text/csv"), 400, "BAD_REQUEST"))
                .isEqualTo("The catalog file is empty.");
        assertThat(assertProblem(api.send("POST", "/api/v1/catalog/import", multipartField("notes", "hello"),
                "multipart/form-data; boundary=" + BOUNDARY), 400, "BAD_REQUEST")).isEqualTo("Send the catalog file as the form part named 'file'.");
        assertThat(assertProblem(api.post("/api/v1/catalog/import", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE"))
                .isEqualTo("Send the request body as multipart/form-data or text/csv.");
        assertThat(assertProblem(api.send("POST", "/api/v1/catalog/import", multipartField("file", "x"), "multipart/form-data"), 400,
                "BAD_REQUEST")).isEqualTo("The request body could not be read as multipart/form-data.");
    }

    @Test
    void a_file_over_the_body_limit_is_refused_before_it_is_read() {
        TestTenant t = fixtures.aTenant().build();
        byte[] huge = new byte[BodySizeLimitFilter.MAX_BODY_BYTES + 1];

        Response r = api(t).send("POST", "/api/v1/catalog/import", multipart("huge.csv", huge), "multipart/form-data; boundary=" + BOUNDARY);

        assertThat(assertProblem(r, 400, "BODY_TOO_LARGE")).isEqualTo(BodySizeLimitFilter.TOO_LARGE);
    }

    private static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] multipartField(String name, String value) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
