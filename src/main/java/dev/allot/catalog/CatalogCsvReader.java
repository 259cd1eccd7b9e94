package dev.allot.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ServicePlan;

/**
 * Reads Microsoft's "Product names and service plan identifiers for licensing" CSV. Real-world flaws are
 * decided and reported, never fatal: cells are trimmed and inner whitespace collapsed, duplicate rows are
 * dropped, a plan id seen under several names takes its most frequent name, a part number shared by two GUIDs
 * keeps both products (the GUID is the identity), and rows that cannot be used are skipped with their row number.
 */
public final class CatalogCsvReader {

    static final List<String> COLUMNS = List.of("Product_Display_Name", "String_Id", "GUID", "Service_Plan_Name",
            "Service_Plan_Id", "Service_Plans_Included_Friendly_Names");

    /** Tenant-level products (storage and capacity add-ons) are not assigned to users; Graph says appliesTo Company. */
    private static final Pattern COMPANY_PRODUCT = Pattern.compile("(?i)\\b(storage|capacity)\\b");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public CatalogFile read(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new CatalogFormatException("The catalog file lacks the column(s) " + missing + "; expected " + COLUMNS);
            }
            return collect(parser);
        }
    }

    private CatalogFile collect(CSVParser parser) {
        List<CatalogImportNote> notes = new ArrayList<>();
        Map<UUID, ProductRows> products = new LinkedHashMap<>();
        Map<UUID, Map<String, Integer>> planNames = new HashMap<>();
        Map<UUID, Map<String, Integer>> planFriendlyNames = new HashMap<>();
        int trimmedRows = 0;
        for (CSVRecord record : parser) {
            long row = record.getRecordNumber() + 1; // the header is row 1
            Cells cells = Cells.of(record);
            if (cells.changed) {
                trimmedRows++;
            }
            String problem = cells.problem();
            if (problem != null) {
                notes.add(new CatalogImportNote(row, CatalogImportNote.Kind.ROW_SKIPPED, problem));
                continue;
            }
            UUID skuId = UUID.fromString(cells.guid);
            UUID planId = UUID.fromString(cells.planId);
            ProductRows product = products.computeIfAbsent(skuId, id -> new ProductRows(id, cells.partNumber, cells.productName, row));
            if (!product.partNumber.equals(cells.partNumber) || !product.name.equals(cells.productName)) {
                notes.add(new CatalogImportNote(row, CatalogImportNote.Kind.PRODUCT_NAME_CONFLICT,
                        "Product " + skuId + " is named '" + cells.productName + "' (" + cells.partNumber + ") here but '"
                                + product.name + "' (" + product.partNumber + ") on row " + product.firstRow + "; kept the first"));
            }
            if (!product.plans.add(planId)) {
                notes.add(new CatalogImportNote(row, CatalogImportNote.Kind.DUPLICATE_ROW,
                        "Plan " + cells.planName + " (" + planId + ") is listed twice for " + product.partNumber + "; kept once"));
            }
            planNames.computeIfAbsent(planId, id -> new LinkedHashMap<>()).merge(cells.planName, 1, Integer::sum);
            planFriendlyNames.computeIfAbsent(planId, id -> new LinkedHashMap<>()).merge(cells.friendlyName, 1, Integer::sum);
        }
        if (trimmedRows > 0) {
            notes.add(0, new CatalogImportNote(0, CatalogImportNote.Kind.TRIMMED,
                    trimmedRows + " row(s) had cells with leading, trailing or repeated whitespace; trimmed"));
        }
        Map<UUID, ServicePlan> plans = decidePlans(planNames, planFriendlyNames, notes);
        reportSharedPartNumbers(products, notes);
        List<Product> result = products.values().stream().map(p -> p.toProduct(plans)).toList();
        return new CatalogFile(result, plans.size(), notes);
    }

    private static Map<UUID, ServicePlan> decidePlans(Map<UUID, Map<String, Integer>> names,
            Map<UUID, Map<String, Integer>> friendlyNames, List<CatalogImportNote> notes) {
        Map<UUID, ServicePlan> plans = new LinkedHashMap<>();
        names.forEach((id, counts) -> {
            String name = mostFrequent(counts);
            if (counts.size() > 1) {
                notes.add(new CatalogImportNote(0, CatalogImportNote.Kind.PLAN_NAME_CONFLICT,
                        "Service plan " + id + " appears under " + counts.size() + " names " + counts.keySet()
                                + "; using the most frequent, '" + name + "'"));
            }
            plans.put(id, new ServicePlan(id, name, mostFrequent(friendlyNames.get(id)), AppliesTo.User));
        });
        return plans;
    }

    private static void reportSharedPartNumbers(Map<UUID, ProductRows> products, List<CatalogImportNote> notes) {
        Map<String, List<UUID>> byPartNumber = new LinkedHashMap<>();
        products.values().forEach(p -> byPartNumber.computeIfAbsent(p.partNumber, k -> new ArrayList<>()).add(p.skuId));
        byPartNumber.forEach((partNumber, ids) -> {
            if (ids.size() > 1) {
                notes.add(new CatalogImportNote(0, CatalogImportNote.Kind.PART_NUMBER_SHARED,
                        "skuPartNumber " + partNumber + " belongs to " + ids.size() + " products " + ids
                                + "; kept all of them, address them by skuId"));
            }
        });
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) { // insertion order breaks ties: first seen wins
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Also non-breaking and zero-width spaces, which {@link String#strip()} leaves in place. */
    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    static String clean(String cell) {
        return cell == null ? "" : BLANKS.matcher(cell).replaceAll(" ").strip();
    }

    private static final class ProductRows {
        final UUID skuId;
        final String partNumber;
        final String name;
        final long firstRow;
        final Set<UUID> plans = new LinkedHashSet<>();

        ProductRows(UUID skuId, String partNumber, String name, long firstRow) {
            this.skuId = skuId;
            this.partNumber = partNumber;
            this.name = name;
            this.firstRow = firstRow;
        }

        Product toProduct(Map<UUID, ServicePlan> plans) {
            AppliesTo appliesTo = COMPANY_PRODUCT.matcher(name).find() ? AppliesTo.Company : AppliesTo.User;
            return new Product(skuId, partNumber, name, appliesTo, this.plans.stream().map(plans::get).toList());
        }
    }

    private record Cells(String productName, String partNumber, String guid, String planName, String planId,
            String friendlyName, boolean changed, int size) {

        static Cells of(CSVRecord r) {
            String[] raw = new String[COLUMNS.size()];
            boolean changed = false;
            for (int i = 0; i < raw.length; i++) {
                String value = r.isSet(COLUMNS.get(i)) ? r.get(COLUMNS.get(i)) : "";
                raw[i] = clean(value);
                changed |= !raw[i].equals(value);
            }
            return new Cells(raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], changed, r.size());
        }

        String problem() {
            if (productName.isEmpty() || partNumber.isEmpty() || planName.isEmpty()) {
                return "a product name, String_Id or Service_Plan_Name is empty; row skipped";
            }
            if (!GUID.matcher(guid).matches()) {
                return "GUID '" + guid + "' is not a GUID; row skipped";
            }
            if (!GUID.matcher(planId).matches()) {
                return "Service_Plan_Id '" + planId + "' is not a GUID; row skipped";
            }
            return null;
        }
    }
}
