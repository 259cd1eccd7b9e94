package dev.allot.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.allot.catalog.CatalogImportNote.Kind;
import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.Product;

class CatalogCsvReaderTest {

    static final String HEADER = "\uFEFFProduct_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\n";

    static CatalogFile read(String csv) throws IOException {
        return new CatalogCsvReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void microsofts_file_yields_every_product_with_its_plans() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/" + CatalogImporter.DEFAULT_CATALOG)) {
            CatalogFile file = new CatalogCsvReader().read(in);

            assertThat(file.products()).hasSize(569); // 568 part numbers; MCOPSTN5 has two GUIDs
            Product e3 = file.products().stream().filter(p -> p.skuPartNumber().equals("ENTERPRISEPACK")).findFirst().orElseThrow();
            assertThat(e3.skuId()).isEqualTo(UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900"));
            assertThat(e3.displayName()).isEqualTo("Office 365 E3");
            assertThat(e3.plans()).extracting(p -> p.name()).contains("EXCHANGE_S_ENTERPRISE", "TEAMS1");
            assertThat(file.notes()).extracting(CatalogImportNote::kind).contains(Kind.TRIMMED, Kind.PART_NUMBER_SHARED, Kind.PLAN_NAME_CONFLICT);
            assertThat(file.notes()).noneMatch(n -> n.kind() == Kind.ROW_SKIPPED);
        }
    }

    @Test
    void cells_are_trimmed_including_non_breaking_spaces() throws IOException {
        CatalogFile file = read(HEADER + "Office 365 E3 ,ENTERPRISEPACK\u00a0, 6fd2c87f-b296-42f0-b197-1e91e994b900 ,TEAMS1,57ff2da0-773e-42df-b2af-ffb7a2317929,Microsoft  Teams\n");

        Product p = file.products().get(0);
        assertThat(p.skuPartNumber()).isEqualTo("ENTERPRISEPACK");
        assertThat(p.displayName()).isEqualTo("Office 365 E3");
        assertThat(p.plans().get(0).friendlyName()).isEqualTo("Microsoft Teams");
        assertThat(file.notes()).extracting(CatalogImportNote::kind).containsExactly(Kind.TRIMMED);
    }

    @Test
    void a_plan_id_under_two_names_takes_the_most_frequent_and_is_reported() throws IOException {
        CatalogFile file = read(HEADER
                + "A,A,11111111-1111-1111-1111-111111111111,DESKLESS,8c7d2df8-86f0-4902-b2ed-a0458298f3b3,Shifts\n"
                + "B,B,22222222-2222-2222-2222-222222222222,Deskless,8c7d2df8-86f0-4902-b2ed-a0458298f3b3,Shifts\n"
                + "C,C,33333333-3333-3333-3333-333333333333,Deskless,8c7d2df8-86f0-4902-b2ed-a0458298f3b3,Shifts\n");

        assertThat(file.products()).allMatch(p -> p.plans().get(0).name().equals("Deskless"));
        assertThat(file.notes()).filteredOn(n -> n.kind() == Kind.PLAN_NAME_CONFLICT).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("'Deskless'"));
    }

    @Test
    void a_part_number_with_two_guids_keeps_both_products() throws IOException {
        CatalogFile file = read(HEADER
                + "Calling Small,MCOPSTN5,d43177b5-475b-4880-92d4-d54c27b5efbd,MCOPSTN5,54a152dc-90de-4996-93d2-bc47e670fc06,Calling\n"
                + "Calling 120,MCOPSTN5,54a152dc-90de-4996-93d2-bc47e670fc06,MCOPSTN5,54a152dc-90de-4996-93d2-bc47e670fc06,Calling\n");

        assertThat(file.products()).hasSize(2);
        assertThat(file.notes()).extracting(CatalogImportNote::kind).containsExactly(Kind.PART_NUMBER_SHARED);
    }

    @Test
    void unusable_rows_are_skipped_with_their_row_number_and_the_rest_is_kept() throws IOException {
        CatalogFile file = read(HEADER
                + "Good,GOOD,11111111-1111-1111-1111-111111111111,P,57ff2da0-773e-42df-b2af-ffb7a2317929,P\n"
                + "Bad,BAD,not-a-guid,P,57ff2da0-773e-42df-b2af-ffb7a2317929,P\n"
                + "Good,GOOD,11111111-1111-1111-1111-111111111111,P,57ff2da0-773e-42df-b2af-ffb7a2317929,P\n");

        assertThat(file.products()).extracting(Product::skuPartNumber).containsExactly("GOOD");
        assertThat(file.notes()).extracting(CatalogImportNote::row, CatalogImportNote::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Kind.ROW_SKIPPED), org.assertj.core.groups.Tuple.tuple(4L, Kind.DUPLICATE_ROW));
    }

    @Test
    void storage_and_capacity_add_ons_apply_to_the_organization() throws IOException {
        CatalogFile file = read(HEADER + "Office 365 Extra File Storage,SHAREPOINTSTORAGE,99049c9c-6011-4908-bf17-15f496e6519d,SHAREPOINTSTORAGE,be5a7ed5-c598-4fcd-a061-5e6724c68a58,Office 365 Extra File Storage\n");

        assertThat(file.products().get(0).appliesTo()).isEqualTo(AppliesTo.Company);
    }

    @Test
    void a_file_without_the_expected_columns_is_refused_whole() {
        assertThatThrownBy(() -> read("name,id\nx,y\n")).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("Service_Plan_Id");
    }
}
