package nl.simon.factuursturen.emulator.api;

/** The handler of one first path segment under {@code /api/v1/}. */
public interface Resource {

    Answer handle(Call call);
}
