package nl.simon.factuursturen.emulator.store;

/** Whether a call fits in the account's hourly quota, and how many calls are left after it. */
public sealed interface QuotaDecision {

    int remaining();

    record Allowed(int remaining) implements QuotaDecision {}

    record Spent() implements QuotaDecision {
        @Override
        public int remaining() {
            return 0;
        }
    }
}
