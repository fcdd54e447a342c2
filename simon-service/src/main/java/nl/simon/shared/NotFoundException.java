package nl.simon.shared;

/** The record does not exist for this tenant (another tenant's record counts as absent). */
public final class NotFoundException extends RuntimeException {
    private final String entity;
    private final Object id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}
