package dev.allot.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;
import dev.allot.catalog.CatalogImporter.CatalogImportResult;
import dev.allot.error.AllotException;
import dev.allot.security.Permissions;

/** The catalog as admins use it: find what can be bought, and load a newer copy of Microsoft's catalog file. */
@Service
public class CatalogService {

    public static final int MAX_TOP = 1000;

    private final CatalogStore catalog;
    private final CatalogImporter importer;
    private final AuditLog audit;

    public CatalogService(CatalogStore catalog, CatalogImporter importer, AuditLog audit) {
        this.catalog = catalog;
        this.importer = importer;
        this.audit = audit;
    }

    /** Products of the default catalog and the organization's own whose name or part number contains the text. */
    @Transactional(readOnly = true)
    public List<CatalogProduct> products(UUID tenantId, Actor actor, String search, int top) {
        Permissions.requireRead(actor);
        if (top < 1 || top > MAX_TOP) {
            throw AllotException.invalidValue("top must be between 1 and " + MAX_TOP + ", got " + top + ".");
        }
        return catalog.search(tenantId, search, top);
    }

    @Transactional(readOnly = true)
    public CatalogProduct product(UUID tenantId, Actor actor, UUID skuId) {
        Permissions.requireRead(actor);
        return catalog.entry(tenantId, skuId)
                .orElseThrow(() -> AllotException.notFound("The catalog has no product with skuId " + skuId + "."));
    }

    /**
     * Loads a newer copy of Microsoft's file into the default catalog, which every organization shares. Licensing
     * snapshots are unaffected: each organization keeps the copy of a product's plans taken when it subscribed.
     */
    @Transactional
    public CatalogImportResult importDefaultCatalog(UUID tenantId, Actor actor, String fileName, byte[] content, boolean force) {
        Permissions.requireManageCatalog(actor);
        if (content == null || content.length == 0) {
            throw AllotException.badRequest("The catalog file is empty.");
        }
        CatalogImportResult result;
        try {
            // named apart from the shipped file, so that restarting Allot does not load its older copy over this one
            result = importer.importFile(CatalogStore.CATALOG_TENANT, "upload:" + fileName, content, force);
        } catch (CatalogFormatException e) {
            throw AllotException.badRequest(e.getMessage());
        }
        audit.success(tenantId, actor, "catalog.import", "catalog", CatalogStore.CATALOG_TENANT, describe(result));
        return result;
    }

    private static Map<String, Object> describe(CatalogImportResult result) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("sourceName", result.sourceName());
        detail.put("imported", result.imported());
        detail.put("products", result.products());
        detail.put("plans", result.plans());
        detail.put("notes", result.notes().size());
        return detail;
    }
}
