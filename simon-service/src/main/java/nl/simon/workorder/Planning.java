package nl.simon.workorder;

import java.time.Instant;

/** An employee planned on a work order at a date and time. */
public record Planning(long id, String employee, Instant start) {}
