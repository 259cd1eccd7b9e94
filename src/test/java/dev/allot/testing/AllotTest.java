package dev.allot.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against a real Allot server on a real (embedded) PostgreSQL. Every test class with this annotation
 * shares one server; tests stay independent by creating their own organization with {@link Fixtures#aTenant()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "allot.data-dir=target/test-data/${random.uuid}",
        "allot.database.embedded-unsafe-fast=true",
        "allot.demo=false",
        "allot.organization-name=Test Server Organization",
        "logging.level.dev.allot.catalog=WARN"
})
@Import(Fixtures.class)
public @interface AllotTest {
}
