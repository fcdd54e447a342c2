package nl.simon.factuursturen.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.factuursturen.emulator.api.Answer;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.QuotaDecision;

/**
 * {@code /api/v1/}: counts the request, checks HTTP Basic (401), takes one call from the account's
 * hourly quota (403 with {@code X-RateLimit-Remaining: 0} when spent), applies an armed fault (delay,
 * failure before or after the change), and answers with {@code X-RateLimit-Remaining} — every answer, also a
 * 401 for an unknown user or a 500 (then the default hourly limit).
 */
final class ApiHandler implements HttpHandler {

    static final String PREFIX = "/api/v1/";

    private final EmulatorState state;
    private final Executor workers;
    private final ScheduledExecutorService delayer;

    ApiHandler(EmulatorState state, Executor workers, ScheduledExecutorService delayer) {
        this.state = state;
        this.workers = workers;
        this.delayer = delayer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (RuntimeException e) {
            Failures.internal(exchange, e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        // every answer under /api/v1/ carries the header (issue 18: a client reads it before the status);
        // until the account is known: a full default quota, never 0 (0 means "spent")
        exchange.getResponseHeaders().set(Replies.RATE_LIMIT_HEADER, Integer.toString(state.defaultHourlyLimit()));
        RequestTarget target = RequestTarget.of(exchange.getRequestURI(), PREFIX);
        state.stats().record(method, target.path());
        Optional<Account> account = authenticated(exchange);
        if (account.isEmpty()) {
            return;
        }
        QuotaDecision quota = account.get().quota().take(state.clock().instant());
        if (quota instanceof QuotaDecision.Spent) {
            Replies.send(exchange, 403, Replies.TEXT, bytes("API call limit for this hour reached"), OptionalInt.of(0));
            return;
        }
        Optional<Fault> fault = state.faults().take(method, target.path());
        ApiExchange call = new ApiExchange(exchange, method, target, body, account.get(), quota.remaining(), fault);
        long delay = fault.map(Fault::delayMs).orElse(0L);
        if (delay > 0 && fault.get().afterCommit()) {
            // stored now, answered late: the client may give up (or die) while the change is already there
            Optional<Answer> stored = compute(call);
            stored.ifPresent(answer ->
                    delayer.schedule(() -> workers.execute(() -> send(call, answer)), delay, TimeUnit.MILLISECONDS));
        } else if (delay > 0) {
            delayer.schedule(
                    () -> workers.execute(() -> compute(call).ifPresent(answer -> send(call, answer))),
                    delay,
                    TimeUnit.MILLISECONDS);
        } else {
            compute(call).ifPresent(answer -> send(call, answer));
        }
    }

    private Optional<Answer> compute(ApiExchange call) {
        try {
            return Optional.of(call.answer(state));
        } catch (RuntimeException e) {
            Failures.internal(call.exchange(), e);
            return Optional.empty();
        }
    }

    private void send(ApiExchange call, Answer answer) {
        try {
            Replies.send(call.exchange(), answer, OptionalInt.of(call.remaining()));
        } catch (IOException | RuntimeException e) {
            Failures.internal(call.exchange(), e);
        }
    }

    /** The account of the Basic credentials; empty after answering 401. */
    private Optional<Account> authenticated(HttpExchange exchange) throws IOException {
        Optional<BasicCredentials> credentials =
                BasicCredentials.parse(exchange.getRequestHeaders().getFirst("Authorization"));
        Optional<Account> account =
                credentials.flatMap(given -> state.accounts().authenticate(given.username(), given.apiKey()));
        if (account.isEmpty()) {
            unauthorized(exchange, credentials);
        }
        return account;
    }

    private void unauthorized(HttpExchange exchange, Optional<BasicCredentials> credentials) throws IOException {
        OptionalInt remaining = credentials
                .flatMap(given -> state.accounts().find(given.username()))
                .map(known ->
                        OptionalInt.of(known.quota().remaining(state.clock().instant())))
                .orElse(OptionalInt.of(state.defaultHourlyLimit()));
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"FactuurSturen API\"");
        Replies.send(exchange, 401, Replies.TEXT, bytes("Unauthorized: wrong username or API key"), remaining);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Answer faultAnswer(Fault fault) {
        return new Answer.Text(fault.status(), "Emulated fault: " + fault.status());
    }
}
