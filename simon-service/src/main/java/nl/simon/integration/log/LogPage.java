package nl.simon.integration.log;

import java.util.List;

/** One page of the log, newest first; pages count from 1. */
public record LogPage(List<LogEntry> rows, int page, int pages) {
    public static final int SIZE = 40;
}
