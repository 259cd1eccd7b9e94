package dev.allot.licensing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import dev.allot.catalog.CatalogStore;
import dev.allot.catalog.domain.Product;
import dev.allot.licensing.domain.LicensingRule;
import dev.allot.licensing.domain.RuleKind;

/**
 * The rules every new organization starts with, written with plan names in {@code catalog/default-rules.csv}
 * and resolved to ids against the catalog. Each organization then owns and edits its copy.
 */
@Component
public class DefaultRules {

    private static final Logger log = LoggerFactory.getLogger(DefaultRules.class);
    private static final String RESOURCE = "catalog/default-rules.csv";

    private final CatalogStore catalog;

    public DefaultRules(CatalogStore catalog) {
        this.catalog = catalog;
    }

    public List<LicensingRule> resolve(UUID tenantId) {
        Map<String, UUID> planIds = catalog.planIdsByName(tenantId);
        List<LicensingRule> rules = new ArrayList<>();
        for (CSVRecord row : rows()) {
            resolve(tenantId, row, planIds).ifPresent(rules::add);
        }
        return rules;
    }

    private Optional<LicensingRule> resolve(UUID tenantId, CSVRecord row, Map<String, UUID> planIds) {
        RuleKind kind = RuleKind.valueOf(row.get("kind"));
        UUID plan = null;
        UUID sku = null;
        if (!row.get("plan").isBlank()) {
            plan = planIds.get(row.get("plan").toUpperCase(Locale.ROOT));
            if (plan == null) {
                log.warn("Default rule skipped: the catalog has no service plan {}", row.get("plan"));
                return Optional.empty();
            }
        } else {
            List<Product> products = catalog.findByPartNumber(tenantId, row.get("product"));
            if (products.isEmpty()) {
                log.warn("Default rule skipped: the catalog has no product {}", row.get("product"));
                return Optional.empty();
            }
            sku = products.get(0).skuId();
        }
        Set<UUID> others = split(row.get("other_plans")).stream().map(n -> planIds.get(n.toUpperCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<String> countries = Set.copyOf(split(row.get("countries")));
        UUID id = UUID.nameUUIDFromBytes((tenantId + "/" + row.getRecordNumber() + "/" + row.get("kind") + row.get("plan")).getBytes(StandardCharsets.UTF_8));
        return Optional.of(new LicensingRule(id, kind, plan, sku, others, countries, row.get("description")));
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<CSVRecord> rows() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Allot's default rules are missing: " + RESOURCE, e);
        }
    }
}
