package nl.simon.integration.pull;

/** A record pulled before: its Simon id, the fingerprint then, and whether FS had deleted it. */
public record Known(long id, String hash, boolean gone) {}
