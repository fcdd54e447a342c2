package nl.simon.shared;

/** The company (tenant) every Simon row belongs to. */
public record TenantId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
