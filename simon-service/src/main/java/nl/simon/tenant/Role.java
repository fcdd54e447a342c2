package nl.simon.tenant;

/** ADMIN users change the integration; OFFICE users do the daily work and may only watch it. */
public enum Role {
    ADMIN,
    OFFICE
}
