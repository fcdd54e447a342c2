package nl.simon.factuursturen.emulator.reference;

import java.util.List;
import java.util.Optional;

/** The profiles (docs/factuursturen-api.md §4.10) and categories (§4.9) every emulated account has. Category 0 means "none". */
public final class Layouts {

    private static final List<Profile> PROFILES =
            List.of(new Profile("1", "Standaard", true), new Profile("2", "Engelstalig", false));

    private static final List<Category> CATEGORIES = List.of(
            new Category("1", "Omzet", "8000"),
            new Category("2", "Onderhoud", "8010"),
            new Category("3", "Materialen", "8020"));

    private Layouts() {}

    public static List<Profile> profiles() {
        return PROFILES;
    }

    public static List<Category> categories() {
        return CATEGORIES;
    }

    public static Optional<Profile> profile(String id) {
        return PROFILES.stream().filter(profile -> profile.id().equals(id)).findFirst();
    }

    /** The name for a category id; {@code ""} for 0; empty when the id is unknown. */
    public static Optional<String> categoryName(String id) {
        if ("0".equals(id)) {
            return Optional.of("");
        }
        return CATEGORIES.stream()
                .filter(category -> category.id().equals(id))
                .map(Category::name)
                .findFirst();
    }
}
