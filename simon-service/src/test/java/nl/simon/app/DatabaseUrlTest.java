package nl.simon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void a_postgresql_url_with_credentials_becomes_datasource_properties() {
        assertThat(DatabaseUrl.toProperties("postgresql://simon:s%40cret@db.internal:6543/simon?sslmode=require"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:6543/simon?sslmode=require")
                .containsEntry("spring.datasource.username", "simon")
                .containsEntry("spring.datasource.password", "s@cret");
    }

    @Test
    void the_postgres_scheme_and_a_missing_port_are_understood() {
        assertThat(DatabaseUrl.toProperties("postgres://u:p@localhost/simon"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://localhost:5432/simon");
    }

    @Test
    void a_jdbc_url_is_used_as_it_is() {
        assertThat(DatabaseUrl.toProperties("jdbc:postgresql://h:5432/db?user=a&password=b"))
                .containsOnly(Map.entry("spring.datasource.url", "jdbc:postgresql://h:5432/db?user=a&password=b"));
    }

    @Test
    void without_database_url_nothing_is_set() {
        assertThat(DatabaseUrl.fromEnvironment(Map.of())).isEmpty();
        assertThat(DatabaseUrl.fromEnvironment(Map.of("DATABASE_URL", " "))).isEmpty();
    }

    @Test
    void another_scheme_is_refused_with_the_expected_form() {
        assertThatThrownBy(() -> DatabaseUrl.toProperties("mysql://u:p@h/db"))
                .hasMessageContaining("postgresql://user:password@host:5432/database");
    }
}
