package dev.allot.config;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The database: an external PostgreSQL when ALLOT_DATABASE_URL is set, else an embedded one in the data dir. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    ValidatedSettings validatedSettings(AllotProperties properties) {
        properties.validate();
        log.info("Allot settings: {}", properties.describe());
        return new ValidatedSettings(properties);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHolder embeddedPostgres(ValidatedSettings settings) {
        AllotProperties properties = settings.properties();
        if (properties.database().external()) {
            return new EmbeddedPostgresHolder(null);
        }
        return new EmbeddedPostgresHolder(
                EmbeddedPostgresServer.start(properties.dataDir(), properties.database().embeddedUnsafeFast()));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(ValidatedSettings settings, ObjectProvider<EmbeddedPostgresHolder> embedded) {
        AllotProperties.Database db = settings.properties().database();
        HikariConfig config = new HikariConfig();
        config.setPoolName("allot");
        config.setMaximumPoolSize(db.poolSize());
        config.setMinimumIdle(Math.min(4, db.poolSize()));
        if (db.external()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.username());
            config.setPassword(db.password());
        } else {
            EmbeddedPostgresServer server = embedded.getObject().server();
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername(server.username());
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "allot");
        config.validate();
        return new HikariDataSource(config);
    }

    /** Proof that the settings were validated; beans that need settings depend on it. */
    record ValidatedSettings(AllotProperties properties) {
    }

    /** Holds the embedded server, or nothing when the database is external. */
    record EmbeddedPostgresHolder(EmbeddedPostgresServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
