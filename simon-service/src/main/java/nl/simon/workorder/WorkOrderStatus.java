package nl.simon.workorder;

import nl.simon.shared.ConflictException;

/**
 * The life of a work order: OPEN → PLANNED (by a planning) → COMPLETED → ARCHIVED. Archiving is
 * only possible from COMPLETED (docs/product.md §3.4); an archived work order is final.
 */
public enum WorkOrderStatus {
    OPEN,
    PLANNED,
    COMPLETED,
    ARCHIVED;

    public WorkOrderStatus plan() {
        if (this == OPEN || this == PLANNED) {
            return PLANNED;
        }
        throw new ConflictException("error.workorder.plan", this);
    }

    public WorkOrderStatus complete() {
        if (this == OPEN || this == PLANNED) {
            return COMPLETED;
        }
        if (this == COMPLETED) {
            // a second click, or another user was first: nothing to do but say so
            throw new ConflictException("error.workorder.already-completed");
        }
        throw new ConflictException("error.workorder.complete", this);
    }

    public WorkOrderStatus archive() {
        if (this == COMPLETED) {
            return ARCHIVED;
        }
        if (this == ARCHIVED) {
            throw new ConflictException("error.workorder.already-archived");
        }
        throw new ConflictException("error.workorder.archive", this);
    }

    /** Hours and used items may be registered and corrected until the work order is archived (docs/product.md §2.4). */
    public void requireRegistrationAllowed() {
        if (!canRegister()) {
            throw new ConflictException("error.workorder.archived");
        }
    }

    public boolean canRegister() {
        return this != ARCHIVED;
    }

    public boolean canPlan() {
        return this == OPEN || this == PLANNED;
    }

    public boolean canComplete() {
        return this == OPEN || this == PLANNED;
    }

    public boolean canArchive() {
        return this == COMPLETED;
    }
}
