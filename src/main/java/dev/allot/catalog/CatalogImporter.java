package dev.allot.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a catalog file into the database. The default catalog ships inside Allot and is loaded at the first
 * start (and again whenever a newer copy ships); admins can load a newer copy of the same file the same way.
 */
@Service
public class CatalogImporter {

    static final String DEFAULT_CATALOG = "catalog/product-names-and-service-plan-identifiers.csv";
    private static final Logger log = LoggerFactory.getLogger(CatalogImporter.class);
    private static final long IMPORT_LOCK = 0x416c6c6f74L; // "Allot": one importer at a time across servers

    private final CatalogStore store;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CatalogImporter(CatalogStore store, JdbcClient jdbc, JsonMapper json) {
        this.store = store;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Loads the shipped catalog unless this exact file was loaded before. */
    @Transactional
    public CatalogImportResult importDefaultCatalogIfChanged() {
        byte[] content = read(new ClassPathResource(DEFAULT_CATALOG));
        return importFile(CatalogStore.CATALOG_TENANT, DEFAULT_CATALOG, content, false);
    }

    /** Loads a catalog file into the default catalog (force re-reads even an identical file). */
    @Transactional
    public CatalogImportResult importFile(UUID ownerTenantId, String sourceName, byte[] content, boolean force) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(IMPORT_LOCK).query(Object.class).single();
        String sha256 = DigestUtils.sha256Hex(content);
        if (!force && store.lastImportHash(ownerTenantId, sourceName).filter(sha256::equals).isPresent()) {
            return CatalogImportResult.unchanged(sourceName, store.count(ownerTenantId));
        }
        CatalogFile file;
        try {
            file = new CatalogCsvReader().read(new ByteArrayInputStream(content));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a broken file (an unclosed quote, a repeated header) through any of these
            throw new CatalogFormatException("The catalog file could not be read as CSV: " + rootMessage(e));
        }
        store.upsert(ownerTenantId, "Catalog", file.products());
        store.recordImport(ownerTenantId, sourceName, sha256, file.products().size(), file.planCount(), json.writeValueAsString(report(file)));
        log.info("Catalog {}: {} products, {} service plans, {} note(s)", sourceName, file.products().size(), file.planCount(), file.notes().size());
        file.notes().forEach(n -> log.info("  catalog note{}: {}", n.row() > 0 ? " (row " + n.row() + ")" : "", n.message()));
        return new CatalogImportResult(sourceName, true, file.products().size(), file.planCount(), file.notes());
    }

    /** The reader's own words, without the exception class names that wrapping adds. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static Map<String, Object> report(CatalogFile file) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("products", file.products().size());
        report.put("plans", file.planCount());
        report.put("notes", file.notes());
        return report;
    }

    private static byte[] read(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The default catalog is missing from Allot's jar: " + resource.getPath(), e);
        }
    }

    /** The outcome of one catalog import. */
    public record CatalogImportResult(String sourceName, boolean imported, int products, int plans, List<CatalogImportNote> notes) {
        static CatalogImportResult unchanged(String sourceName, int products) {
            return new CatalogImportResult(sourceName, false, products, 0, List.of());
        }
    }
}
