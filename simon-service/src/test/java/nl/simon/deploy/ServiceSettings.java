package nl.simon.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables the service reads, as the README's production section lists them in its table (the one
 * place they are listed). A row may name several, the later ones shortened to the part that differs:
 * {@code `SPRING_DATASOURCE_URL`, `_USERNAME`, `_PASSWORD`} stands for {@code SPRING_DATASOURCE_USERNAME} and so on.
 */
final class ServiceSettings {
    private static final Pattern CODE = Pattern.compile("`([A-Z_][A-Z0-9_]*)`");

    private ServiceSettings() {}

    /** Whether the README's production table lists {@code variable}. */
    static boolean listed(String variable) {
        for (List<String> row : rows()) {
            String full = row.get(0);
            if (full.equals(variable)) {
                return true;
            }
            for (String shortened : row.subList(1, row.size())) {
                // the shortened name replaces the end of the full one, from one of its underscores
                int cut = variable.length() - shortened.length();
                if (variable.endsWith(shortened)
                        && cut > 0
                        && full.startsWith(variable.substring(0, cut))
                        && full.charAt(cut) == '_') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every full name the table lists (the first of each row). */
    static TreeSet<String> fullNames() {
        TreeSet<String> names = new TreeSet<>();
        rows().forEach(row -> names.add(row.get(0)));
        return names;
    }

    private static List<List<String>> rows() {
        List<String> lines = readme();
        int start = lines.indexOf("## Production mode");
        if (start < 0) {
            throw new IllegalStateException("README.md has no section \"## Production mode\"");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| `")) {
                String firstCell = line.substring(1, line.indexOf('|', 1));
                List<String> names = new ArrayList<>();
                Matcher code = CODE.matcher(firstCell);
                while (code.find()) {
                    names.add(code.group(1));
                }
                if (!names.isEmpty() && !names.get(0).startsWith("_")) {
                    rows.add(names);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("README.md's production section lists no variables");
        }
        return rows;
    }

    private static List<String> readme() {
        Path readme = DeployFiles.folder().resolveSibling("README.md");
        try {
            return Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
