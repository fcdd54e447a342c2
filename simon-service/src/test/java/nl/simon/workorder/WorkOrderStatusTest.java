package nl.simon.workorder;

import static nl.simon.workorder.WorkOrderStatus.ARCHIVED;
import static nl.simon.workorder.WorkOrderStatus.COMPLETED;
import static nl.simon.workorder.WorkOrderStatus.OPEN;
import static nl.simon.workorder.WorkOrderStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.simon.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkOrderStatusTest {

    @Test
    void a_planning_makes_an_open_work_order_planned_and_keeps_a_planned_one_planned() {
        assertThat(OPEN.plan()).isEqualTo(PLANNED);
        assertThat(PLANNED.plan()).isEqualTo(PLANNED);
    }

    @ParameterizedTest
    @EnumSource(names = {"COMPLETED", "ARCHIVED"})
    void a_completed_or_archived_work_order_cannot_be_planned(WorkOrderStatus status) {
        assertThatThrownBy(status::plan)
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageCode", "error.workorder.plan");
        assertThat(status.canPlan()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"OPEN", "PLANNED"})
    void open_and_planned_work_orders_can_be_completed(WorkOrderStatus status) {
        assertThat(status.complete()).isEqualTo(COMPLETED);
        assertThat(status.canComplete()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"COMPLETED", "ARCHIVED"})
    void completing_twice_or_after_archiving_is_a_conflict(WorkOrderStatus status) {
        assertThatThrownBy(status::complete).isInstanceOf(ConflictException.class);
        assertThat(status.canComplete()).isFalse();
    }

    @Test
    void completing_or_archiving_twice_says_it_was_done_already() {
        assertThatThrownBy(COMPLETED::complete)
                .hasFieldOrPropertyWithValue("messageCode", "error.workorder.already-completed");
        assertThatThrownBy(ARCHIVED::archive)
                .hasFieldOrPropertyWithValue("messageCode", "error.workorder.already-archived");
    }

    @Test
    void only_a_completed_work_order_can_be_archived() {
        assertThat(COMPLETED.archive()).isEqualTo(ARCHIVED);
        assertThat(COMPLETED.canArchive()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"OPEN", "PLANNED"})
    void archiving_an_open_or_planned_work_order_is_a_conflict_naming_the_status(WorkOrderStatus status) {
        assertThatThrownBy(status::archive)
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageCode", "error.workorder.archive")
                .satisfies(e -> assertThat(((ConflictException) e).arguments()).containsExactly(status));
        assertThat(status.canArchive()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"OPEN", "PLANNED", "COMPLETED"})
    void time_and_items_may_be_registered_until_archived(WorkOrderStatus status) {
        status.requireRegistrationAllowed();
    }

    @Test
    void an_archived_work_order_takes_no_more_registrations() {
        assertThatThrownBy(ARCHIVED::requireRegistrationAllowed)
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageCode", "error.workorder.archived");
    }
}
