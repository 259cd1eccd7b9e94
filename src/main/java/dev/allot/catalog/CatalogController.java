package dev.allot.catalog;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.allot.catalog.CatalogJson.ImportReportJson;
import dev.allot.catalog.CatalogJson.ProductJson;
import dev.allot.catalog.CatalogRequests.NewCustomProductRequest;
import dev.allot.error.AllotException;
import dev.allot.security.Caller;
import dev.allot.web.ListJson;
import dev.allot.web.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the organization can buy: Microsoft's default catalog and its own custom products. */
@RestController
@RequestMapping(path = "/api/v1/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalog", description = "Find products to buy, add your own products, and load a newer copy of Microsoft's catalog file")
public class CatalogController {

    static final String CSV = "text/csv";

    private final CatalogService catalog;
    private final CustomProducts customProducts;

    public CatalogController(CatalogService catalog, CustomProducts customProducts) {
        this.catalog = catalog;
        this.customProducts = customProducts;
    }

    @GetMapping("/products")
    @Operation(operationId = "searchCatalog", summary = "Find products by name or part number, among Microsoft's and your own")
    ListJson<ProductJson> products(Caller caller,
            @Parameter(description = "Text the display name or part number contains") @RequestParam(defaultValue = "") String search,
            @Parameter(description = "At most this many, 1 to 1000") @RequestParam(defaultValue = "50") int top) {
        return new ListJson<>(catalog.products(caller.tenantId(), caller.actor(), search, top).stream().map(ProductJson::of).toList());
    }

    @GetMapping("/products/{skuId}")
    @Operation(operationId = "getCatalogProduct", summary = "Get one product with its service plans")
    ProductJson product(Caller caller, @PathVariable UUID skuId) {
        return ProductJson.of(catalog.product(caller.tenantId(), caller.actor(), skuId));
    }

    @PostMapping("/products")
    @Operation(operationId = "addCustomProduct", summary = "Add a custom product (any software, licensed like Microsoft's) for your organization only",
            responses = @ApiResponse(responseCode = "201", description = "Created; Location names the new product"),
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewCustomProductRequest.class))))
    ResponseEntity<ProductJson> addProduct(Caller caller, HttpEntity<byte[]> request) {
        CatalogProduct added = customProducts.add(caller.tenantId(), caller.actor(), NewCustomProductRequest.read(request.getBody()));
        return ResponseEntity.created(Locations.below(added.product().skuId())).body(ProductJson.of(added));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importCatalog",
            summary = "Load a newer copy of Microsoft's product names and service plan identifiers CSV into the default catalog "
            + "(Global Administrator); answers with the decisions taken, by row")
    ImportReportJson importUpload(Caller caller, @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "Load the file even if this exact file was loaded before") @RequestParam(defaultValue = "false") boolean force)
            throws IOException {
        if (file == null) {
            throw AllotException.badRequest("Send the catalog file as the form part named 'file'.");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "catalog.csv" : file.getOriginalFilename();
        return ImportReportJson.of(catalog.importDefaultCatalog(caller.tenantId(), caller.actor(), name, file.getBytes(), force));
    }

    @PostMapping(path = "/import", consumes = CSV)
    @Operation(operationId = "importCatalog", summary = "Load a newer copy of Microsoft's catalog CSV, sent as the request body",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    ImportReportJson importCsv(Caller caller, HttpEntity<byte[]> request,
            @Parameter(description = "A name for the file in the import history") @RequestParam(defaultValue = "catalog.csv") String name,
            @Parameter(description = "Load the file even if this exact file was loaded before") @RequestParam(defaultValue = "false") boolean force) {
        return ImportReportJson.of(catalog.importDefaultCatalog(caller.tenantId(), caller.actor(), name, request.getBody(), force));
    }
}
