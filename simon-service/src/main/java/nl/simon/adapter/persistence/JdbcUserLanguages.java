package nl.simon.adapter.persistence;

import nl.simon.tenant.UserLanguages;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcUserLanguages implements UserLanguages {
    private final JdbcClient jdbc;

    public JdbcUserLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(long userId, String language) {
        jdbc.sql("UPDATE office_user SET language = :language WHERE id = :id AND language IS DISTINCT FROM :language")
                .param("id", userId)
                .param("language", language)
                .update();
    }
}
