package dev.allot.catalog;

import java.util.List;
import java.util.UUID;

import dev.allot.catalog.CatalogImporter.CatalogImportResult;
import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.ProductOrigin;
import dev.allot.catalog.domain.ServicePlan;
import io.swagger.v3.oas.annotations.media.Schema;

/** The catalog API's answers. */
final class CatalogJson {

    private CatalogJson() {
    }

    @Schema(name = "CatalogProduct", description = "origin: Catalog for Microsoft's products, Custom for the organization's own")
    record ProductJson(UUID skuId, String skuPartNumber, String displayName, AppliesTo appliesTo, ProductOrigin origin,
            List<ServicePlanJson> servicePlans) {

        static ProductJson of(CatalogProduct entry) {
            return new ProductJson(entry.product().skuId(), entry.product().skuPartNumber(), entry.product().displayName(),
                    entry.product().appliesTo(), entry.origin(), entry.product().plans().stream().map(ServicePlanJson::of).toList());
        }
    }

    @Schema(name = "CatalogServicePlan")
    record ServicePlanJson(UUID servicePlanId, String servicePlanName, String friendlyName, AppliesTo appliesTo) {

        static ServicePlanJson of(ServicePlan plan) {
            return new ServicePlanJson(plan.id(), plan.name(), plan.friendlyName(), plan.appliesTo());
        }
    }

    @Schema(name = "CatalogImportReport", description = "imported is false when this exact file was loaded before (send force=true to load it again)")
    record ImportReportJson(String sourceName, boolean imported, int products, int plans, List<NoteJson> notes) {

        static ImportReportJson of(CatalogImportResult result) {
            return new ImportReportJson(result.sourceName(), result.imported(), result.products(), result.plans(),
                    result.notes().stream().map(NoteJson::of).toList());
        }
    }

    @Schema(name = "CatalogImportNote", description = "A decision taken while reading the file; row is null when it concerns the whole file")
    record NoteJson(Long row, CatalogImportNote.Kind kind, String message) {

        static NoteJson of(CatalogImportNote note) {
            return new NoteJson(note.row() > 0 ? note.row() : null, note.kind(), note.message());
        }
    }
}
