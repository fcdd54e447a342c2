package nl.simon.integration.push;

import static nl.simon.integration.push.InMemoryPush.NOW;
import static nl.simon.integration.push.InMemoryPush.draftOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.simon.customer.Address;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.lifecycle.SuspendTenant;
import nl.simon.integration.log.LogMessage;
import nl.simon.shared.Origin;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.WorkOrderId;
import org.junit.jupiter.api.Test;

/**
 * Every branch of the push (docs/adr/0003-exactly-once-push.md) with in-memory ports: no Spring, no database,
 * no HTTP. The job's view: {@link PushWorkOrder#push}, failures and all.
 */
class PushWorkOrderTest {
    private final InMemoryPush world = new InMemoryPush();
    private final InMemoryFactuurSturen fs = world.factuurSturen;

    // not to be pushed ----------------------------------------------------------------------------------

    @Test
    void a_work_order_that_is_not_queued_is_left_alone() {
        WorkOrderId id = world.queued(1);
        world.syncs.row(id).state = InvoiceSyncState.SENT;

        assertThat(world.push(id)).isEqualTo(new PushOutcome.AlreadyDone());
        assertThat(world.push(new WorkOrderId(999))).isEqualTo(new PushOutcome.AlreadyDone());
        assertThat(fs.lookedUp).isEmpty();
        assertThat(fs.posted).isEmpty();
        assertThat(world.log.entries).isEmpty();
    }

    @Test
    void the_exclusion_word_skips_the_work_order_with_a_note_and_sends_nothing() {
        WorkOrderId id = world.queued(2, "Garantie: lekkage", new CustomerId(1));

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Skipped());
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.SKIPPED);
        assertThat(world.syncs.row(id).message).isEqualTo(SyncNote.of(LogMessage.PUSH_SKIPPED, 2, "garantie"));
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_SKIPPED.code());
        assertThat(fs.posted).isEmpty();
    }

    @Test
    void a_work_order_without_customer_fails_saying_to_link_one() {
        WorkOrderId id = world.queued(3, "Lekkage", null);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed(LogMessage.PUSH_NO_CUSTOMER.code()));
        assertFailed(id, SyncNote.of(LogMessage.PUSH_NO_CUSTOMER, 3));
        assertThat(fs.posted).isEmpty();
    }

    @Test
    void a_customer_made_in_simon_fails_naming_the_customer() {
        world.customers.add(new Customer(new CustomerId(2), "Handmatig", Address.NONE, null, Origin.SIMON, true, NOW));
        WorkOrderId id = world.queued(4, "Lekkage", new CustomerId(2));

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed(LogMessage.PUSH_NO_FS_CLIENT.code()));
        assertFailed(id, SyncNote.of(LogMessage.PUSH_NO_FS_CLIENT, 4, "Handmatig"));
        assertThat(fs.posted).isEmpty();
    }

    @Test
    void an_unknown_product_code_fails_naming_the_setting_and_the_code() {
        world.items.clear();
        WorkOrderId id = world.queued(5);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed(LogMessage.PUSH_UNKNOWN_PRODUCT.code()));
        assertFailed(id, SyncNote.of(LogMessage.PUSH_UNKNOWN_PRODUCT, 5, "workTimeProductCode", "0002"));
        assertThat(fs.posted).isEmpty();
    }

    // the name ------------------------------------------------------------------------------------------

    @Test
    void a_free_name_is_reserved_marked_unknown_before_the_post_and_the_draft_sent_once() {
        WorkOrderId id = world.queued(10);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 10"));

        assertThat(fs.posted).extracting(Draft::savename).containsExactly("WB 10");
        assertThat(fs.posted.get(0).lines()).isEqualTo(draftOf("WB 10").lines());
        assertThat(fs.markedBeforePost).containsExactly(true);
        var row = world.syncs.row(id);
        assertThat(row.state).isEqualTo(InvoiceSyncState.SENT);
        assertThat(row.name).isEqualTo("WB 10");
        assertThat(row.draftId).isEqualTo("500");
        assertThat(row.outcomeUnknown).isFalse();
        assertThat(row.attempts).isEqualTo(1);
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_SENT.code());
        assertThat(world.push(id)).isEqualTo(new PushOutcome.AlreadyDone());
        assertThat(fs.posted).hasSize(1);
    }

    @Test
    void a_name_fs_has_already_gets_the_work_order_number_after_it_ignoring_case() {
        fs.has("1", draftOf("wb 11 "));
        WorkOrderId id = world.queued(11);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 11 #11"));
        assertThat(world.syncs.row(id).name).isEqualTo("WB 11 #11");
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_RENAMED.code(), LogMessage.PUSH_SENT.code());
        assertThat(world.log.entries.get(0).parameters()).containsExactly("11", "WB 11", "WB 11 #11");
    }

    @Test
    void a_name_another_work_order_reserved_is_taken_too_ignoring_case() {
        WorkOrderId other = world.queued(15);
        world.syncs.row(other).name = "wb 14 ";
        WorkOrderId id = world.queued(14);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 14 #14"));
        assertThat(fs.lookedUp).containsExactly("WB 14", "WB 14 #14");
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_RENAMED.code(), LogMessage.PUSH_SENT.code());
    }

    @Test
    void when_every_name_is_taken_the_push_gives_up_as_an_unexpected_failure_instead_of_looping() {
        WorkOrderId id = world.queued(16);
        fs.everyNameTaken = true;

        assertThatThrownBy(() -> world.push(id))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no free draft name");
        assertThat(fs.lookedUp).hasSize(PushWorkOrder.MAX_ATTEMPTS);
        assertThat(fs.posted).isEmpty();
        assertThat(world.syncs.row(id).name).isNull();
        assertThat(world.health.failing).containsOnlyKeys("fs-push:" + id.value());
    }

    @Test
    void a_long_name_is_cut_so_the_alternative_fits_fs_limit() {
        assertThat(PushWorkOrder.alternative("Onderhoud ketel 2026", 123, 1)).isEqualTo("Onderhoud ketel #123");
        assertThat(PushWorkOrder.alternative("Onderhoud ketel 2026", 123, 2)).isEqualTo("Onderhoud ket #123-2");
        assertThat(PushWorkOrder.alternative("WB 9", 9, 3)).isEqualTo("WB 9 #9-3");
    }

    @Test
    void a_name_chosen_meanwhile_by_another_run_of_the_push_stands_and_the_job_runs_again_at_once() {
        WorkOrderId id = world.queued(13);
        world.syncs.chosenMeanwhile = "WB 13 (other run)";

        assertThat(world.push(id)).isEqualTo(new PushOutcome.RetryAt(NOW));
        assertThat(world.syncs.row(id).name).isEqualTo("WB 13 (other run)");
        assertThat(fs.posted).isEmpty();
        assertThat(world.syncs.row(id).outcomeUnknown).isFalse();

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 13 (other run)"));
    }

    // unknown outcomes ----------------------------------------------------------------------------------

    @Test
    void a_post_that_times_out_before_fs_stored_it_is_looked_up_and_sent_again_once() {
        WorkOrderId id = world.queued(20);
        fs.failNextPost(new FsFailure.Unreachable(true, null), false);

        assertThatThrownBy(() -> world.push(id)).isInstanceOf(FsFailure.Unreachable.class);
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
        assertThat(world.syncs.row(id).outcomeUnknown).isTrue();
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_DELAYED.code());
        assertThat(world.health.failing).isEmpty();

        fs.failNextPost(new FsFailure.Unreachable(true, null), false);
        assertThatThrownBy(() -> world.push(id)).isInstanceOf(FsFailure.Unreachable.class);
        assertThat(world.logCodes()).as("one delay row per push").containsExactly(LogMessage.PUSH_DELAYED.code());

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 20"));
        assertThat(fs.lookedUp).containsExactly("WB 20", "WB 20", "WB 20");
        assertThat(fs.posted).hasSize(3);
        assertThat(fs.drafts).hasSize(1);
        assertThat(world.syncs.row(id).attempts).isEqualTo(3);
    }

    @Test
    void a_post_fs_stored_but_whose_answer_was_lost_is_found_and_not_sent_again() {
        WorkOrderId id = world.queued(21);
        fs.failNextPost(new FsFailure.Unreachable(true, null), true);

        assertThatThrownBy(() -> world.push(id)).isInstanceOf(FsFailure.Unreachable.class);
        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 21"));

        assertThat(fs.posted).hasSize(1);
        assertThat(world.syncs.row(id).draftId).isEqualTo("500");
        assertThat(world.syncs.row(id).outcomeUnknown).isFalse();
    }

    @Test
    void a_draft_found_under_our_name_that_is_not_ours_fails_in_red_and_keeps_the_outcome_unknown() {
        WorkOrderId id = world.queued(22);
        world.syncs.row(id).name = "WB 22";
        world.syncs.row(id).outcomeUnknown = true;
        fs.has("77", new Draft("9999", "WB 22", List.of(), draftOf("x").lines()));

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed(LogMessage.PUSH_NAME_NOT_OURS.code()));
        var row = world.syncs.row(id);
        assertThat(row.state).isEqualTo(InvoiceSyncState.FAILED);
        assertThat(row.outcomeUnknown).isTrue();
        assertThat(row.message).isEqualTo(SyncNote.of(LogMessage.PUSH_NAME_NOT_OURS, 22, "WB 22"));
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_NAME_NOT_OURS.code());
        assertThat(fs.posted).isEmpty();
    }

    // FS refuses --------------------------------------------------------------------------------------

    @Test
    void a_draft_fs_refuses_fails_with_fs_reason_and_the_outcome_is_known() {
        WorkOrderId id = world.queued(30);
        fs.failNextPost(new FsFailure.Rejected("clientnr: unknown", null), false);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed(LogMessage.PUSH_REJECTED.code()));
        assertFailed(id, SyncNote.of(LogMessage.PUSH_REJECTED, 30, "clientnr: unknown"));
        assertThat(fs.lookedUp).containsExactly("WB 30", "WB 30");
    }

    @Test
    void a_refused_name_held_by_a_foreign_draft_gets_a_fresh_name_when_none_of_ours_can_be_in_fs() {
        WorkOrderId id = world.queued(31);
        fs.beforeNextPost = () -> fs.has("66", new Draft("9999", "WB 31", List.of(), List.of()));
        fs.failNextPost(new FsFailure.Rejected("savename already exists", null), false);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.RetryAt(NOW));
        assertThat(world.syncs.row(id).name).isEqualTo("WB 31 #31");
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_RENAMED.code());

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 31 #31"));
        assertThat(fs.posted).extracting(Draft::savename).containsExactly("WB 31", "WB 31 #31");
        assertThat(fs.drafts).hasSize(2);
    }

    @Test
    void a_refused_name_held_by_a_foreign_draft_is_not_ours_when_an_earlier_post_of_ours_may_be_in_fs() {
        WorkOrderId id = unknownOutcome(34);
        fs.beforeNextPost = () -> fs.has("66", new Draft("9999", "WB 34", List.of(), List.of()));
        fs.failNextPost(new FsFailure.Rejected("savename already exists", null), false);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed(LogMessage.PUSH_NAME_NOT_OURS.code()));
        assertThat(world.syncs.row(id).name).isEqualTo("WB 34");
        assertThat(world.syncs.row(id).outcomeUnknown).isTrue();
    }

    @Test
    void a_refused_name_held_by_our_own_draft_counts_as_sent() {
        WorkOrderId id = world.queued(32);
        world.syncs.row(id).name = "WB 32";
        fs.beforeNextPost = () -> fs.has("88", draftOf("WB 32"));
        fs.failNextPost(new FsFailure.Rejected("savename already exists", null), false);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 32"));
        assertThat(world.syncs.row(id).draftId).isEqualTo("88");
        assertThat(fs.drafts).hasSize(1);
    }

    @Test
    void fs_out_of_reach_during_the_look_up_sends_nothing_and_the_job_retries() {
        WorkOrderId id = unknownOutcome(35);
        fs.findFailures.add(new FsFailure.Unreachable(false, null));

        assertThatThrownBy(() -> world.push(id)).isInstanceOf(FsFailure.Unreachable.class);
        assertThat(fs.posted).isEmpty();
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
        assertThat(world.log.entries).isEmpty();
    }

    @Test
    void a_spent_quota_waits_until_it_refills_and_the_push_stays_queued() {
        WorkOrderId id = world.queued(33);
        Instant refill = NOW.plus(Duration.ofMinutes(17));
        fs.failNextPost(new FsFailure.RateLimited(refill, null), false);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.RetryAt(refill));
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
        assertThat(world.syncs.row(id).outcomeUnknown)
                .as("marked before the POST")
                .isTrue();
        assertThat(world.health.failing).isEmpty();
    }

    // the key and the integration ---------------------------------------------------------------------

    @Test
    void a_refused_key_suspends_the_tenant_and_the_push_waits_ten_minutes() {
        WorkOrderId id = world.queued(40);
        fs.failNextPost(new FsFailure.Unauthorized(null), false);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.RetryAt(NOW.plus(Duration.ofMinutes(10))));
        assertThat(world.integrations.integration.suspendedReason()).isEqualTo(SuspendTenant.UNAUTHORIZED);
        assertThat(world.jobsStopped).hasSize(1);
        assertThat(world.logCodes()).containsExactly(LogMessage.SUSPENDED_UNAUTHORIZED.code());
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
    }

    @Test
    void a_stored_key_that_cannot_be_decrypted_suspends_the_tenant_saying_so() {
        WorkOrderId id = world.queued(41);
        world.secrets.unreadable = true;

        assertThat(world.push(id)).isEqualTo(new PushOutcome.RetryAt(NOW.plus(Duration.ofMinutes(10))));
        assertThat(world.integrations.integration.suspendedReason()).isEqualTo(SuspendTenant.KEY_UNREADABLE);
        assertThat(world.logCodes()).containsExactly(LogMessage.SUSPENDED_KEY_UNREADABLE.code());
        assertThat(fs.lookedUp).isEmpty();
    }

    @Test
    void a_suspended_tenant_push_waits_for_the_reconnect_and_touches_nothing() {
        WorkOrderId id = world.queued(42);
        world.integrations.suspend(SuspendTenant.UNAUTHORIZED);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.RetryAt(NOW.plus(Duration.ofMinutes(10))));
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
        assertThat(fs.lookedUp).isEmpty();
        assertThat(world.log.entries).isEmpty();
    }

    @Test
    void archiving_with_the_integration_active_queues_with_the_settings_version_in_force_and_schedules_the_push() {
        WorkOrderId id = justArchived(50);

        world.queue.archived(InMemoryPush.TENANT, id);

        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
        assertThat(world.syncs.row(id).settingsVersion).isEqualTo(1);
        assertThat(world.pushesScheduled).containsExactly(id);
        assertThat(world.log.entries).isEmpty();
    }

    @Test
    void archiving_after_a_deactivation_is_not_sent_with_the_same_warning_as_a_push_that_found_it_inactive() {
        WorkOrderId id = justArchived(51);
        world.integrations.deactivate();

        world.queue.archived(InMemoryPush.TENANT, id);

        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.NOT_SENT);
        assertThat(world.syncs.row(id).message).isEqualTo(SyncNote.of(LogMessage.PUSH_NOT_SENT_INACTIVE, 51));
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_NOT_SENT_INACTIVE.code());
        assertThat(world.pushesScheduled).isEmpty();
    }

    @Test
    void archiving_before_the_first_activation_touches_no_invoice_state() {
        WorkOrderId id = justArchived(52);
        world.integrations.integration = nl.simon.integration.lifecycle.Integration.notActivated(InMemoryPush.TENANT);

        world.queue.archived(InMemoryPush.TENANT, id);

        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.NOT_SENT);
        assertThat(world.syncs.row(id).message).isNull();
        assertThat(world.log.entries).isEmpty();
        assertThat(world.pushesScheduled).isEmpty();
    }

    /** An archived work order whose draft was never asked for: NOT_SENT without a note, as the archive finds it. */
    private WorkOrderId justArchived(long number) {
        WorkOrderId id = world.queued(number);
        world.syncs.put(id, new PushState(InvoiceSyncState.NOT_SENT, null, false, null));
        return id;
    }

    @Test
    void a_deactivated_integration_leaves_the_work_order_not_sent_with_a_warning() {
        WorkOrderId id = world.queued(43);
        world.integrations.deactivate();

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed("integration not active"));
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.NOT_SENT);
        assertThat(world.syncs.row(id).message).isEqualTo(SyncNote.of(LogMessage.PUSH_NOT_SENT_INACTIVE, 43));
        assertThat(world.logCodes()).containsExactly(LogMessage.PUSH_NOT_SENT_INACTIVE.code());
        assertThat(fs.lookedUp).isEmpty();
    }

    @Test
    void deactivated_with_an_unknown_outcome_our_draft_found_in_fs_is_sent() {
        WorkOrderId id = unknownOutcome(44);
        fs.has("91", draftOf("WB 44"));
        world.integrations.deactivate();

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 44"));
        assertThat(world.syncs.row(id).draftId).isEqualTo("91");
        assertThat(fs.posted).isEmpty();
    }

    @Test
    void deactivated_with_an_unknown_outcome_and_no_draft_in_fs_is_not_sent() {
        WorkOrderId id = unknownOutcome(45);
        world.integrations.deactivate();

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed("integration not active"));
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.NOT_SENT);
        assertThat(fs.lookedUp).containsExactly("WB 45");
        assertThat(fs.posted).isEmpty();
    }

    @Test
    void deactivated_with_an_unknown_outcome_a_foreign_draft_is_not_counted() {
        WorkOrderId id = unknownOutcome(46);
        fs.has("92", new Draft("9999", "WB 46", List.of(), List.of()));
        world.integrations.deactivate();

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed(LogMessage.PUSH_NAME_NOT_OURS.code()));
        assertThat(world.syncs.row(id).outcomeUnknown).isTrue();
    }

    @Test
    void deactivated_with_an_unknown_outcome_fs_out_of_reach_keeps_it_queued_for_the_retry() {
        WorkOrderId id = unknownOutcome(47);
        world.integrations.deactivate();
        fs.findFailures.add(new FsFailure.Unreachable(false, null));

        assertThatThrownBy(() -> world.push(id)).isInstanceOf(FsFailure.Unreachable.class);
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
        assertThat(world.syncs.row(id).outcomeUnknown).isTrue();

        fs.findFailures.add(new FsFailure.Unauthorized(null));
        assertThat(world.push(id)).isEqualTo(new PushOutcome.RetryAt(NOW.plus(Duration.ofMinutes(10))));
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.QUEUED);
        assertThat(world.integrations.integration.suspendedReason()).isNull();
        Instant refill = NOW.plus(Duration.ofMinutes(3));
        fs.findFailures.add(new FsFailure.RateLimited(refill, null));
        assertThat(world.push(id)).isEqualTo(new PushOutcome.RetryAt(refill));
    }

    @Test
    void deactivated_with_an_unknown_outcome_but_never_connected_is_not_sent() {
        WorkOrderId id = unknownOutcome(48);
        world.integrations.deactivate();
        world.integrations.integration = new nl.simon.integration.lifecycle.Integration(
                InMemoryPush.TENANT,
                nl.simon.integration.lifecycle.IntegrationStatus.INACTIVE,
                NOW,
                NOW,
                null,
                null,
                NOW,
                null);

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed("integration not active"));
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.NOT_SENT);
        assertThat(fs.lookedUp).isEmpty();
    }

    @Test
    void deactivated_with_an_unknown_outcome_a_found_draft_of_a_work_order_without_customer_fails_as_such() {
        WorkOrderId id = world.queued(49, "Lekkage", null);
        world.syncs.row(id).name = "WB 49";
        world.syncs.row(id).outcomeUnknown = true;
        fs.has("93", draftOf("WB 49"));
        world.integrations.deactivate();

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Failed(LogMessage.PUSH_NO_CUSTOMER.code()));
        assertThat(world.syncs.row(id).state).isEqualTo(InvoiceSyncState.FAILED);
    }

    // what escapes the push -----------------------------------------------------------------------------

    @Test
    void an_unexpected_failure_is_one_red_row_per_episode_and_ends_with_a_row_when_the_push_goes() {
        WorkOrderId id = world.queued(50);
        world.syncs.failNextSent = new IllegalStateException("database gone");

        assertThatThrownBy(() -> world.push(id)).isInstanceOf(IllegalStateException.class);
        assertThat(world.health.failing).containsOnlyKeys("fs-push:" + id.value());
        assertThat(world.logCodes()).containsExactly(LogMessage.JOB_FAILED.code());
        assertThat(world.syncs.row(id).outcomeUnknown).isTrue();

        assertThat(world.push(id)).isEqualTo(new PushOutcome.Sent("WB 50"));
        assertThat(fs.posted).as("found, not sent twice").hasSize(1);
        assertThat(world.health.failing).isEmpty();
        assertThat(world.logCodes())
                .containsExactly(
                        LogMessage.JOB_FAILED.code(), LogMessage.PUSH_SENT.code(), LogMessage.JOB_RECOVERED.code());
    }

    // helpers ---------------------------------------------------------------------------------------------

    private void assertFailed(WorkOrderId id, String note) {
        var row = world.syncs.row(id);
        assertThat(row.state).isEqualTo(InvoiceSyncState.FAILED);
        assertThat(row.message).isEqualTo(note);
        assertThat(row.outcomeUnknown).isFalse();
        assertThat(world.logCodes())
                .containsExactly(SyncNote.read(note).orElseThrow().code());
    }

    /** A queued work order whose last POST's answer never came, under its reserved name {@code WB <number>}. */
    private WorkOrderId unknownOutcome(long number) {
        WorkOrderId id = world.queued(number);
        world.syncs.row(id).name = "WB " + number;
        world.syncs.row(id).outcomeUnknown = true;
        return id;
    }
}
