package dev.allot.billing;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/**
 * Many admins and scripts at once: BillingService locks the product's seat counter before it reads the
 * subscription, and the database guards every seat taken, so concurrent changes apply one after another.
 */
@AllotTest
class SubscriptionConcurrencyTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void twenty_concurrent_purchases_of_one_license_each_add_exactly_twenty() throws Exception {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        ApiClient api = new ApiClient(port, t.token);
        String id = subscriptionId(api);

        List<Response> answers = allAtOnce(20, i -> () -> api.post("/api/v1/subscriptions/" + id + "/buyMore", "{\"licenses\":1}"));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        assertThat(api.get("/api/v1/subscriptions/" + id).json().path("quantity").asInt()).isEqualTo(25);
        assertThat(units(t, "enabled_units")).isEqualTo(25);
    }

    @Test
    void concurrent_removals_stop_exactly_at_what_is_assigned() throws Exception {
        TestTenant t = tenantWithAssigned(10, 6);
        ApiClient api = new ApiClient(port, t.token);
        String id = subscriptionId(api);

        List<Response> answers = allAtOnce(10, i -> () -> api.post("/api/v1/subscriptions/" + id + "/removeLicenses", "{\"licenses\":1}"));

        assertThat(answers.stream().filter(r -> r.status() == 200)).hasSize(4);
        assertThat(answers.stream().filter(r -> r.status() == 400).map(r -> r.json().path("code").asString()))
                .hasSize(6).containsOnly("QUANTITY_BELOW_IN_USE");
        assertThat(api.get("/api/v1/subscriptions/" + id).json().path("quantity").asInt()).isEqualTo(6);
        assertThat(units(t, "consumed_units")).isEqualTo(6);
    }

    @Test
    void removals_racing_assignments_never_leave_an_assigned_license_without_a_seat() throws Exception {
        TestTenant t = tenantWithAssigned(10, 0);
        for (int i = 0; i < 10; i++) {
            t.addUser("racer" + i, "US");
        }
        ApiClient api = new ApiClient(port, t.token);
        String id = subscriptionId(api);
        String assign = "{\"addLicenses\":[{\"skuId\":\"" + Sku.E3.id + "\"}],\"removeLicenses\":[]}";

        List<Response> answers = allAtOnce(20, i -> i % 2 == 0
                ? () -> api.post("/v1.0/users/" + t.user("racer" + i / 2) + "/assignLicense", assign)
                : () -> api.post("/api/v1/subscriptions/" + id + "/removeLicenses", "{\"licenses\":1}"));

        long assigned = answers.stream().filter(r -> r.status() == 200 && r.json().has("userPrincipalName")).count();
        long removed = answers.stream().filter(r -> r.status() == 200 && r.json().has("quantity")).count();
        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 400));
        assertThat(assigned + removed).isEqualTo(10);
        assertThat(units(t, "consumed_units")).isEqualTo(assigned);
        assertThat(units(t, "enabled_units")).isEqualTo(10 - removed).isGreaterThanOrEqualTo(units(t, "consumed_units"));
    }

    private TestTenant tenantWithAssigned(int seats, int assigned) {
        Fixtures.TenantBuilder builder = fixtures.aTenant().withSku(Sku.E3, seats);
        for (int i = 0; i < assigned; i++) {
            builder.withUser("user" + i, "US");
        }
        TestTenant t = builder.build();
        for (int i = 0; i < assigned; i++) {
            t.assign("user" + i, Sku.E3);
        }
        return t;
    }

    private static String subscriptionId(ApiClient api) {
        return api.get("/api/v1/subscriptions").json().path("value").get(0).path("id").asString();
    }

    private int units(TestTenant t, String column) {
        return jdbc.sql("select " + column + " from tenant_sku where tenant_id = ? and sku_id = ?").params(t.id, Sku.E3.id)
                .query(Integer.class).single();
    }

    /** Runs the calls on as many threads, released together so they really overlap. */
    private static List<Response> allAtOnce(int count, IntFunction<Callable<Response>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Response> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
