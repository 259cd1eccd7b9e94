package dev.allot.licensing;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.Fixtures;
import dev.allot.testing.SecondServer;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** Many callers race for a handful of seats: exactly that many win, however the race is run. */
@AllotTest
class SeatRaceTest {

    private static final int SEATS = 5;
    private static final int RACERS = 40;
    private static SecondServer second;

    @Autowired
    Fixtures fixtures;
    @Autowired
    LicensingService licensing;
    @Autowired
    GroupLicensingService groupLicensing;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startSecondServer(@Autowired DataSource dataSource) {
        second = SecondServer.sharing(dataSource);
    }

    @AfterAll
    static void stopSecondServer() {
        if (second != null) {
            second.close();
        }
    }

    @RepeatedTest(5)
    void threads_racing_for_five_seats_win_exactly_five() throws Exception {
        TestTenant t = racers(RACERS);

        List<Boolean> outcomes = race(RACERS, i -> {
            try {
                licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("u" + i), LicenseRequest.adding(Sku.E3.id));
                return true;
            } catch (AllotException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.COUNT_VIOLATION);
                return false;
            }
        });

        assertThat(outcomes.stream().filter(won -> won).count()).isEqualTo(SEATS);
        assertSeatsMatchRows(t);
    }

    @RepeatedTest(3)
    void two_server_processes_on_one_database_racing_over_http_win_exactly_five() throws Exception {
        TestTenant t = racers(RACERS);
        ApiClient first = new ApiClient(port, t.token);
        ApiClient other = second.api(t.token);

        List<Boolean> outcomes = race(RACERS, i -> {
            ApiClient api = i % 2 == 0 ? first : other;
            ApiClient.Response r = api.post("/v1.0/users/" + t.user("u" + i) + "/assignLicense",
                    "{\"addLicenses\":[{\"skuId\":\"" + Sku.E3.id + "\",\"disabledPlans\":[]}],\"removeLicenses\":[]}");
            if (r.status() != 200) {
                assertThat(r.status()).as(r.body()).isEqualTo(400);
                assertThat(r.errorMessage()).contains("does not have any available licenses");
            }
            return r.status() == 200;
        });

        assertThat(outcomes.stream().filter(won -> won).count()).isEqualTo(SEATS);
        assertSeatsMatchRows(t);
    }

    @Test
    void one_user_raced_for_two_mutually_exclusive_products_ends_with_exactly_one() throws Exception {
        TestTenant t = fixtures.aTenant().withSku(Sku.EXCHANGE_PLAN_1, seats(50)).withSku(Sku.EXCHANGE_PLAN_2, seats(50))
                .withUser("adele", "US").build();

        List<Boolean> outcomes = race(20, i -> {
            Sku sku = i % 2 == 0 ? Sku.EXCHANGE_PLAN_1 : Sku.EXCHANGE_PLAN_2;
            try {
                licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("adele"), LicenseRequest.adding(sku.id));
                return true;
            } catch (AllotException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.MUTUALLY_EXCLUSIVE_VIOLATION);
                return false;
            }
        });

        assertThat(t.licenses("adele").effective().heldSkus()).hasSize(1);
        assertThat(outcomes).contains(true);
    }

    @RepeatedTest(3)
    void a_group_licensing_its_members_while_admins_assign_directly_never_over_allocates() throws Exception {
        TestTenant t = racers(RACERS);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < RACERS; i += 2) {
            members.add("u" + i);
        }
        java.util.UUID group = t.group("Racers", members.toArray(String[]::new));

        race(RACERS, i -> {
            try {
                if (i == 0) {
                    groupLicensing.assignLicense(t.id, Fixtures.ADMIN, group, LicenseRequest.adding(Sku.E3.id));
                } else if (i % 2 == 1) {
                    licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("u" + i), LicenseRequest.adding(Sku.E3.id));
                }
                return true;
            } catch (AllotException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.COUNT_VIOLATION);
                return false;
            }
        });

        assertSeatsMatchRows(t);
        int holdersWithoutAnActiveSource = jdbc.sql("""
                select count(*) from user_license l where l.tenant_id = ? and not exists (select 1 from license_assignment a
                 where a.tenant_id = l.tenant_id and a.user_id = l.user_id and a.sku_id = l.sku_id and a.state = 'Active')
                """).param(t.id).query(Integer.class).single();
        assertThat(holdersWithoutAnActiveSource).isZero();
    }

    private TestTenant racers(int users) {
        Fixtures.TenantBuilder b = fixtures.aTenant().withSku(Sku.E3, seats(SEATS));
        for (int i = 0; i < users; i++) {
            b.withUser("u" + i, "US");
        }
        return b.build();
    }

    private void assertSeatsMatchRows(TestTenant t) {
        int consumed = jdbc.sql("select consumed_units from tenant_sku where tenant_id = ? and sku_id = ?").params(t.id, Sku.E3.id)
                .query(Integer.class).single();
        int seatRows = jdbc.sql("select count(*) from user_license where tenant_id = ? and sku_id = ?").params(t.id, Sku.E3.id)
                .query(Integer.class).single();
        int activeRows = jdbc.sql("select count(*) from license_assignment where tenant_id = ? and sku_id = ? and state = 'Active'")
                .params(t.id, Sku.E3.id).query(Integer.class).single();
        assertThat(consumed).isEqualTo(SEATS);
        assertThat(seatRows).isEqualTo(SEATS);
        assertThat(activeRows).isEqualTo(SEATS);
    }

    private static List<Boolean> race(int racers, Racer racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                start.await();
                return racer.run(n);
            }));
        }
        start.countDown();
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> f : results) {
            outcomes.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return outcomes;
    }

    @FunctionalInterface
    private interface Racer {
        boolean run(int i) throws Exception;
    }
}
