package nl.simon.adapter.web;

import java.time.Instant;

/**
 * The integration's real state as every page shows it (issue 12, item 10), made in one place
 * ({@link IntegrationStates}): the badge ({@code NOT_ACTIVATED}, {@code ACTIVE}, {@code SUSPENDED},
 * {@code INACTIVE}) with its text, what is wrong and what to do about it (both null while all is well),
 * where that action is, how often Simon pulls, the next planned pull, and what a queued work order
 * should expect. A new fact about the integration (e.g. the last job error) is one more field here.
 *
 * @param badge      the state's code, also its CSS class {@code integration-<badge>}
 * @param problem    what is wrong, in the user's language, or null
 * @param action     what to do about it, or null
 * @param actionPath where that is done (reconnect for an admin, else the status page), or null
 * @param actionLabel the button's text for {@code actionPath}
 * @param interval   "5 minuten": how often Simon pulls
 * @param nextPull   the next planned pull, or null when none is planned
 * @param overdue    the pull is late: shown as a warning next to {@code nextPull}
 * @param queuedHint what a queued work order's invoice panel says will happen
 */
public record IntegrationState(
        String badge,
        String badgeText,
        String problem,
        String action,
        String actionPath,
        String actionLabel,
        String interval,
        Instant nextPull,
        boolean overdue,
        String queuedHint) {

    public boolean hasProblem() {
        return problem != null;
    }
}
