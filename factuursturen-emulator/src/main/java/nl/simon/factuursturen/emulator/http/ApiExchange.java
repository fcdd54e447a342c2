package nl.simon.factuursturen.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.Locale;
import java.util.Optional;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.factuursturen.emulator.api.Answer;
import nl.simon.factuursturen.emulator.api.Call;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.BodyReader;
import nl.simon.factuursturen.emulator.store.Account;

/** An authenticated API request waiting for its answer, with the fault (if any) that applies to it. */
record ApiExchange(
        HttpExchange exchange,
        String method,
        RequestTarget target,
        byte[] body,
        Account account,
        int remaining,
        Optional<Fault> fault) {

    /** A fault fails before the change, or (afterCommit) replaces the answer of a change that was made. */
    Answer answer(EmulatorState state) {
        Optional<Fault> failing = fault.filter(armed -> armed.status() != 0);
        if (failing.isPresent() && !failing.get().afterCommit()) {
            return ApiHandler.faultAnswer(failing.get());
        }
        Answer answer = dispatch(state);
        return failing.map(ApiHandler::faultAnswer).orElse(answer);
    }

    private Answer dispatch(EmulatorState state) {
        try {
            if (asksForXmlOnly(exchange.getRequestHeaders().getFirst("Accept"))) {
                return new Answer.Text(406, "The emulator answers JSON only; send Accept: application/json");
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Call call = new Call(
                    method,
                    target.segments(),
                    target.query(),
                    BodyReader.read(contentType, body),
                    account,
                    state.now());
            return state.router().route(call);
        } catch (ApiFailure failure) {
            return new Answer.Text(failure.status(), failure.getMessage());
        }
    }

    private static boolean asksForXmlOnly(String accept) {
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains("xml") && !lower.contains("json") && !lower.contains("*/*");
    }
}
