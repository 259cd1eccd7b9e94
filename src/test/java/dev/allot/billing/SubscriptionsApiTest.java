package dev.allot.billing;

import static dev.allot.testing.Fixtures.seats;
import static dev.allot.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class SubscriptionsApiTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }

    private static String onlySubscriptionId(ApiClient api) {
        JsonNode list = api.get("/api/v1/subscriptions").json().path("value");
        assertThat(list).hasSize(1);
        return list.get(0).path("id").asString();
    }

    private static TestTenant withAssigned(Fixtures fixtures, Sku sku, int seats, int assigned) {
        Fixtures.TenantBuilder builder = fixtures.aTenant().withSku(sku, seats);
        for (int i = 0; i < assigned; i++) {
            builder.withUser("user" + i, "US");
        }
        TestTenant t = builder.build();
        for (int i = 0; i < assigned; i++) {
            t.assign("user" + i, sku);
        }
        return t;
    }

    @Test
    void subscribing_by_part_number_returns_201_with_the_location_and_the_products_seats() {
        TestTenant t = fixtures.aTenant().build();

        Response r = api(t).post("/api/v1/subscriptions", """
                {"product":"ENTERPRISEPACK","quantity":25,"startDate":"2026-01-01T00:00:00Z","endDate":"2027-01-01T00:00:00Z"}
                """);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode s = r.json();
        assertThat(r.location()).endsWith("/api/v1/subscriptions/" + s.path("id").asString());
        assertThat(s.path("skuId").asString()).isEqualTo(Sku.E3.id.toString());
        assertThat(s.path("skuPartNumber").asString()).isEqualTo("ENTERPRISEPACK");
        assertThat(s.path("productName").asString()).isEqualTo("Office 365 E3");
        assertThat(s.path("quantity").asInt()).isEqualTo(25);
        assertThat(s.path("status").asString()).isEqualTo("Enabled");
        assertThat(s.path("trial").asBoolean()).isFalse();
        assertThat(s.path("startDate").asString()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(s.path("endDate").asString()).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(s.path("productLicenses").path("usable").asInt()).isEqualTo(25);
        assertThat(s.path("productLicenses").path("available").asInt()).isEqualTo(25);
        assertThat(api(t).get(r.location()).json().path("id").asString()).isEqualTo(s.path("id").asString());
    }

    @Test
    void subscribing_by_sku_id_as_a_trial_defaults_to_enabled_for_a_year() {
        TestTenant t = fixtures.aTenant().build();

        Response r = api(t).post("/api/v1/subscriptions", "{\"product\":\"" + Sku.E5.id + "\",\"quantity\":3,\"trial\":true}");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("skuPartNumber").asString()).isEqualTo("SPE_E5");
        assertThat(r.json().path("trial").asBoolean()).isTrue();
        assertThat(r.json().path("status").asString()).isEqualTo("Enabled");
        java.time.Instant start = java.time.Instant.parse(r.json().path("startDate").asString());
        java.time.Instant end = java.time.Instant.parse(r.json().path("endDate").asString());
        assertThat(java.time.Duration.between(start, end).toDays()).isEqualTo(365);
    }

    @Test
    void the_list_shows_each_subscription_with_its_products_consumed_usable_and_available_licenses() {
        TestTenant t = withAssigned(fixtures, Sku.E3, 5, 2);
        fixtures.aTenant().withSku(Sku.E3, seats(9)).build(); // another organization's purchases never show
        api(t).post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":3,\"status\":\"Warning\"}");

        JsonNode list = api(t).get("/api/v1/subscriptions").json().path("value");

        assertThat(list).hasSize(2);
        for (JsonNode s : list) {
            assertThat(s.path("productLicenses").path("consumed").asInt()).isEqualTo(2);
            assertThat(s.path("productLicenses").path("usable").asInt()).isEqualTo(8);
            assertThat(s.path("productLicenses").path("available").asInt()).isEqualTo(6);
        }
        assertThat(list.valueStream().map(s -> s.path("status").asString())).containsExactlyInAnyOrder("Enabled", "Warning");
    }

    @Test
    void buying_more_adds_the_licenses_to_the_subscription() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        String id = onlySubscriptionId(api(t));

        Response r = api(t).post("/api/v1/subscriptions/" + id + "/buyMore", "{\"licenses\":5}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("quantity").asInt()).isEqualTo(10);
        assertThat(r.json().path("productLicenses").path("available").asInt()).isEqualTo(10);
    }

    @Test
    void removing_licenses_below_what_is_assigned_says_how_many_to_unassign_first() {
        TestTenant t = withAssigned(fixtures, Sku.E3, 10, 8);
        String id = onlySubscriptionId(api(t));

        Response refused = api(t).post("/api/v1/subscriptions/" + id + "/removeLicenses", "{\"licenses\":5}");

        String detail = assertProblem(refused, 400, "QUANTITY_BELOW_IN_USE");
        assertThat(detail).isEqualTo("8 licenses of Office 365 E3 are assigned, and removing 5 would leave 5 usable. "
                + "Unassign at least 3 licenses first, or remove at most 2 now.");
        assertThat(api(t).get("/api/v1/subscriptions/" + id).json().path("quantity").asInt()).isEqualTo(10);
        Response removed = api(t).post("/api/v1/subscriptions/" + id + "/removeLicenses", "{\"licenses\":2}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("quantity").asInt()).isEqualTo(8);
        assertThat(removed.json().path("productLicenses").path("available").asInt()).isZero();
    }

    @Test
    void removing_licenses_when_every_one_is_assigned_only_asks_to_unassign() {
        TestTenant t = withAssigned(fixtures, Sku.E3, 3, 3);
        String id = onlySubscriptionId(api(t));

        Response refused = api(t).post("/api/v1/subscriptions/" + id + "/removeLicenses", "{\"licenses\":1}");

        assertThat(assertProblem(refused, 400, "QUANTITY_BELOW_IN_USE"))
                .isEqualTo("3 licenses of Office 365 E3 are assigned, and removing 1 would leave 2 usable. Unassign at least 1 license first.");
    }

    @Test
    void removing_more_licenses_than_the_subscription_holds_is_refused() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        String id = onlySubscriptionId(api(t));

        Response r = api(t).post("/api/v1/subscriptions/" + id + "/removeLicenses", "{\"licenses\":6}");

        assertThat(assertProblem(r, 400, "INVALID_VALUE")).isEqualTo("Subscription " + id + " has 5 licenses; 6 cannot be removed.");
    }

    @Test
    void deleting_a_subscription_is_refused_while_it_would_leave_assigned_licenses_without_seats() {
        TestTenant t = withAssigned(fixtures, Sku.E3, 5, 4);
        String second = api(t).post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":3}").json().path("id").asString();
        String first = api(t).get("/api/v1/subscriptions").json().path("value").valueStream()
                .map(s -> s.path("id").asString()).filter(id -> !id.equals(second)).findFirst().orElseThrow();

        Response refused = api(t).patch("/api/v1/subscriptions/" + first, "{\"status\":\"Deleted\"}");
        Response deleted = api(t).patch("/api/v1/subscriptions/" + second, "{\"status\":\"Deleted\"}");

        assertThat(assertProblem(refused, 400, "QUANTITY_BELOW_IN_USE")).isEqualTo(
                "4 licenses of Office 365 E3 are assigned, and only 3 would remain without this subscription. Unassign at least 1 license first.");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("status").asString()).isEqualTo("Deleted");
        assertThat(deleted.json().path("productLicenses").path("usable").asInt()).isEqualTo(5);
    }

    @Test
    void a_deleted_subscription_cannot_change_any_more() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        String id = onlySubscriptionId(api(t));
        api(t).patch("/api/v1/subscriptions/" + id, "{\"status\":\"Deleted\"}");

        Response revive = api(t).patch("/api/v1/subscriptions/" + id, "{\"status\":\"Enabled\"}");
        Response buy = api(t).post("/api/v1/subscriptions/" + id + "/buyMore", "{\"licenses\":1}");

        assertThat(assertProblem(revive, 400, "INVALID_VALUE")).contains("is deleted and cannot change");
        assertThat(assertProblem(buy, 400, "INVALID_VALUE")).contains("start a new subscription instead");
    }

    @Test
    void an_expired_subscription_in_warning_keeps_its_licenses_usable_until_its_new_end_date() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        String id = onlySubscriptionId(api(t));

        Response r = api(t).patch("/api/v1/subscriptions/" + id, "{\"status\":\"Warning\",\"endDate\":\"2030-03-31T00:00:00Z\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("Warning");
        assertThat(r.json().path("endDate").asString()).isEqualTo("2030-03-31T00:00:00Z");
        assertThat(r.json().path("productLicenses").path("usable").asInt()).isEqualTo(5);
        JsonNode product = api(t).get("/api/v1/products").json().path("value").get(0);
        assertThat(product.path("capabilityStatus").asString()).isEqualTo("Warning");
        assertThat(product.path("prepaidUnits").path("warning").asInt()).isEqualTo(5);
    }

    @Test
    void suspending_a_subscription_keeps_assigned_seats_but_nothing_new_can_be_assigned() {
        TestTenant t = withAssigned(fixtures, Sku.E3, 2, 1);
        String id = onlySubscriptionId(api(t));

        Response r = api(t).patch("/api/v1/subscriptions/" + id, "{\"status\":\"Suspended\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("productLicenses").path("consumed").asInt()).isEqualTo(1);
        assertThat(r.json().path("productLicenses").path("usable").asInt()).isZero();
        assertThat(r.json().path("productLicenses").path("available").asInt()).isZero();
    }

    @Test
    void an_end_date_before_the_start_is_refused() {
        TestTenant t = fixtures.aTenant().build();
        String id = api(t).post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":1,\"startDate\":\"2026-01-01T00:00:00Z\"}")
                .json().path("id").asString();

        Response created = api(t).post("/api/v1/subscriptions",
                "{\"product\":\"ENTERPRISEPACK\",\"quantity\":1,\"startDate\":\"2026-01-01T00:00:00Z\",\"endDate\":\"2025-01-01T00:00:00Z\"}");
        Response patched = api(t).patch("/api/v1/subscriptions/" + id, "{\"endDate\":\"2025-12-31T00:00:00Z\"}");

        assertThat(assertProblem(created, 400, "INVALID_VALUE")).isEqualTo("endDate must be after startDate.");
        assertThat(assertProblem(patched, 400, "INVALID_VALUE")).isEqualTo("endDate must be after the subscription's startDate, 2026-01-01T00:00:00Z.");
    }

    @Test
    void products_list_prepaid_units_by_status_with_consumed_and_available_units() {
        TestTenant t = withAssigned(fixtures, Sku.E3, 4, 3);
        api(t).post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":2,\"status\":\"Suspended\"}");
        api(t).post("/api/v1/subscriptions", "{\"product\":\"EXCHANGESTANDARD\",\"quantity\":1,\"status\":\"LockedOut\"}");

        JsonNode products = api(t).get("/api/v1/products").json().path("value");

        assertThat(products).hasSize(2);
        JsonNode exchange = products.get(0);
        assertThat(exchange.path("skuPartNumber").asString()).isEqualTo("EXCHANGESTANDARD");
        assertThat(exchange.path("capabilityStatus").asString()).isEqualTo("LockedOut");
        assertThat(exchange.path("prepaidUnits").path("lockedOut").asInt()).isEqualTo(1);
        JsonNode e3 = products.get(1);
        assertThat(e3.path("skuId").asString()).isEqualTo(Sku.E3.id.toString());
        assertThat(e3.path("productName").asString()).isEqualTo("Office 365 E3");
        assertThat(e3.path("appliesTo").asString()).isEqualTo("User");
        assertThat(e3.path("capabilityStatus").asString()).isEqualTo("Enabled");
        assertThat(e3.path("prepaidUnits").path("enabled").asInt()).isEqualTo(4);
        assertThat(e3.path("prepaidUnits").path("suspended").asInt()).isEqualTo(2);
        assertThat(e3.path("prepaidUnits").path("warning").asInt()).isZero();
        assertThat(e3.path("consumedUnits").asInt()).isEqualTo(3);
        assertThat(e3.path("usableUnits").asInt()).isEqualTo(4);
        assertThat(e3.path("availableUnits").asInt()).isEqualTo(1);
    }

    @Test
    void another_organizations_subscription_does_not_exist_for_this_one() {
        TestTenant mine = fixtures.aTenant().build();
        TestTenant theirs = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        String id = onlySubscriptionId(api(theirs));

        assertProblem(api(mine).get("/api/v1/subscriptions/" + id), 404, "NOT_FOUND");
        assertProblem(api(mine).post("/api/v1/subscriptions/" + id + "/buyMore", "{\"licenses\":1}"), 404, "NOT_FOUND");
        assertProblem(api(mine).post("/api/v1/subscriptions/" + id + "/removeLicenses", "{\"licenses\":1}"), 404, "NOT_FOUND");
        assertProblem(api(mine).patch("/api/v1/subscriptions/" + id, "{\"status\":\"Deleted\"}"), 404, "NOT_FOUND");
        assertThat(api(mine).get("/api/v1/subscriptions").json().path("value")).isEmpty();
        assertThat(api(theirs).get("/api/v1/subscriptions/" + id).json().path("quantity").asInt()).isEqualTo(5);
    }

    @Test
    void bodies_are_read_strictly_and_refused_as_problem_details() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        String id = onlySubscriptionId(api(t));
        ApiClient api = api(t);

        assertThat(assertProblem(api.post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":1,\"seats\":3}"), 400,
                "UNKNOWN_PROPERTY")).isEqualTo("Property 'seats' is not part of this request; the properties are endDate, product, quantity, "
                + "startDate, status, trial.");
        assertProblem(api.post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\","), 400, "MALFORMED_JSON");
        assertProblem(api.post("/api/v1/subscriptions", "[]"), 400, "MALFORMED_JSON");
        assertProblem(api.post("/api/v1/subscriptions", null), 400, "MALFORMED_JSON");
        assertThat(assertProblem(api.post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":\"25\"}"), 400,
                "INVALID_VALUE")).isEqualTo("Property 'quantity' must be a whole number, got \"25\".");
        assertThat(assertProblem(api.post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":2.5}"), 400,
                "INVALID_VALUE")).isEqualTo("Property 'quantity' must be a whole number, got 2.5.");
        assertThat(assertProblem(api.post("/api/v1/subscriptions", "{\"quantity\":1}"), 400, "INVALID_VALUE"))
                .isEqualTo("Property 'product' is required.");
        assertThat(assertProblem(api.post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":1,\"status\":\"Paused\"}"),
                400, "INVALID_VALUE")).isEqualTo("Property 'status' must be one of Enabled, Warning, Suspended, LockedOut, Deleted; got 'Paused'.");
        assertThat(assertProblem(api.post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":1,\"endDate\":\"next year\"}"),
                400, "INVALID_VALUE")).contains("'endDate'").contains("2027-06-30T00:00:00Z");
        assertThat(assertProblem(api.post("/api/v1/subscriptions/" + id + "/buyMore", "{\"licenses\":0}"), 400, "INVALID_VALUE"))
                .isEqualTo("Buy at least 1 license.");
        assertThat(assertProblem(api.post("/api/v1/subscriptions/" + id + "/removeLicenses", "{}"), 400, "INVALID_VALUE"))
                .isEqualTo("Property 'licenses' is required.");
        assertThat(assertProblem(api.patch("/api/v1/subscriptions/" + id, "{\"quantity\":7}"), 400, "UNKNOWN_PROPERTY"))
                .isEqualTo("Property 'quantity' is not part of this request; the properties are endDate, status.");
        assertThat(assertProblem(api.post("/api/v1/subscriptions/" + id + "/buyMore", "{\"licenses\":1,\"note\":\"x\"}"), 400,
                "UNKNOWN_PROPERTY")).isEqualTo("Property 'note' is not part of this request; the properties are licenses.");
        assertThat(assertProblem(api.patch("/api/v1/subscriptions/" + id, "{}"), 400, "INVALID_VALUE"))
                .isEqualTo("Give the new status, the new endDate, or both.");
        assertThat(assertProblem(api.get("/api/v1/subscriptions/not-a-guid"), 400, "INVALID_VALUE")).contains("not-a-guid");
    }

    @Test
    void a_product_the_catalog_does_not_have_or_a_quantity_out_of_range_is_refused() {
        TestTenant t = fixtures.aTenant().build();

        assertThat(assertProblem(api(t).post("/api/v1/subscriptions", "{\"product\":\"NOT_A_PRODUCT\",\"quantity\":1}"), 400, "INVALID_VALUE"))
                .isEqualTo("The catalog has no product with skuPartNumber NOT_A_PRODUCT.");
        UUID unknown = UUID.randomUUID();
        assertThat(assertProblem(api(t).post("/api/v1/subscriptions", "{\"product\":\"" + unknown + "\",\"quantity\":1}"), 400, "INVALID_VALUE"))
                .isEqualTo("The catalog has no product with skuId " + unknown + ".");
        assertThat(assertProblem(api(t).post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":-1}"), 400, "INVALID_VALUE"))
                .isEqualTo("A subscription's quantity cannot be negative.");
        assertThat(assertProblem(api(t).post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":10000001}"), 400,
                "INVALID_VALUE")).isEqualTo("A subscription holds at most 10000000 licenses.");
        assertThat(assertProblem(api(t).post("/api/v1/subscriptions", "{\"product\":\"ENTERPRISEPACK\",\"quantity\":1,\"status\":\"Deleted\"}"),
                400, "INVALID_VALUE")).startsWith("A new subscription cannot start Deleted");
        assertThat(api(t).get("/api/v1/subscriptions").json().path("value")).isEmpty();
    }

    @Test
    void calls_without_a_token_are_401_problem_details() {
        Response r = new ApiClient(port, null).get("/api/v1/subscriptions");

        assertProblem(r, 401, "UNAUTHENTICATED");
    }
}
