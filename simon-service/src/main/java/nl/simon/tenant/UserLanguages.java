package nl.simon.tenant;

/** The language an office user last used in the web pages ({@code nl} or {@code en}), for what Simon sends them. */
public interface UserLanguages {
    void remember(long userId, String language);
}
