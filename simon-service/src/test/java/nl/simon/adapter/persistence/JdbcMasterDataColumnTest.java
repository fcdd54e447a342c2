package nl.simon.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pull's statements are built from JdbcMasterData's named column lists: one place a column is named. */
class JdbcMasterDataColumnTest {
    @Test
    void a_page_of_new_customers_travels_as_one_array_per_column() {
        assertThat(JdbcMasterData.Column.unnest(JdbcMasterData.CUSTOMER))
                .isEqualTo(
                        "unnest(?::text[], ?::text[], ?::text[],"
                                + " ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::boolean[], ?::text[]) WITH ORDINALITY"
                                + " AS p (name, address, zipcode, city, country, email, phone, active, fs_active, fs_hash, ord)");
        assertThat(JdbcMasterData.Column.names(List.of(JdbcMasterData.CLIENT_NR)))
                .isEqualTo("fs_client_nr");
    }

    @Test
    void numbers_travel_as_text_and_are_cast_back() {
        assertThat(JdbcMasterData.Column.values(JdbcMasterData.ITEM))
                .isEqualTo("code, name, price::numeric, vat_percentage::numeric, fs_hash");
        assertThat(JdbcMasterData.Column.unnest(List.of(JdbcMasterData.PRODUCT_ID)))
                .isEqualTo("unnest(?::text[]) WITH ORDINALITY AS p (fs_product_id, ord)");
    }

    @Test
    void a_changed_record_sets_every_column_by_name() {
        assertThat(JdbcMasterData.Column.assignments(JdbcMasterData.ITEM))
                .isEqualTo("code = ?, name = ?, price = ?, vat_percentage = ?, fs_hash = ?");
    }
}
