package nl.simon.app.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost an operator-supplied password hash would put on every login: an Argon2 hash may ask at most
 * 64 MiB of memory, 10 passes and 4 lanes, a BCrypt hash at most cost 14. Anything dearer would let
 * each (wrong) login drain seconds of CPU and hundreds of megabytes.
 */
final class HashCost {
    static final int ARGON2_MAX_MEMORY_KIB = 64 * 1024;
    static final int ARGON2_MAX_ITERATIONS = 10;
    static final int ARGON2_MAX_PARALLELISM = 4;
    static final int BCRYPT_MAX_COST = 14;

    private static final Pattern ARGON2 = Pattern.compile(
            "\\{argon2}\\$argon2(?:id|i|d)\\$(?:v=\\d+\\$)?m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+");
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    private HashCost() {}

    /** True for a well-formed {@code {argon2}} or {@code {bcrypt}} hash within the bounds. */
    static boolean bearable(String hash) {
        Matcher argon2 = ARGON2.matcher(hash);
        if (argon2.matches()) {
            return Long.parseLong(argon2.group(1)) <= ARGON2_MAX_MEMORY_KIB
                    && Long.parseLong(argon2.group(2)) <= ARGON2_MAX_ITERATIONS
                    && Long.parseLong(argon2.group(3)) <= ARGON2_MAX_PARALLELISM;
        }
        Matcher bcrypt = BCRYPT.matcher(hash);
        return bcrypt.matches() && Integer.parseInt(bcrypt.group(1)) <= BCRYPT_MAX_COST;
    }
}
