package nl.simon.adapter.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.simon.adapter.InvoicePreviewText;
import nl.simon.adapter.MessageText;
import nl.simon.integration.push.PreviewInvoice;
import nl.simon.integration.push.PushQueue;
import nl.simon.shared.DutchTime;
import nl.simon.shared.InvalidInputException;
import nl.simon.tenant.Caller;
import nl.simon.workorder.NewWorkOrder;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderCorrections;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderStatus;
import nl.simon.workorder.WorkOrderUseCases;
import nl.simon.workorder.WorkOrders;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/work-orders")
class WorkOrderApi {
    private final WorkOrders workOrders;
    private final WorkOrderUseCases useCases;
    private final PushQueue pushQueue;
    private final PreviewInvoice previewInvoice;
    private final MessageText messages;
    private final WorkOrderCorrections corrections;

    WorkOrderApi(
            WorkOrders workOrders,
            WorkOrderUseCases useCases,
            PushQueue pushQueue,
            PreviewInvoice previewInvoice,
            MessageSource messages,
            WorkOrderCorrections corrections) {
        this.corrections = corrections;
        this.workOrders = workOrders;
        this.useCases = useCases;
        this.pushQueue = pushQueue;
        this.previewInvoice = previewInvoice;
        this.messages = new MessageText(messages);
    }

    @GetMapping
    ResponseEntity<List<WorkOrderSummaryJson>> list(
            Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        Paging paging = Paging.of(page, size, limit, offset);
        WorkOrderStatus filter = status(status);
        return paging.answer(
                workOrders.search(caller.tenant(), filter, q, paging.limit(), paging.offset()).stream()
                        .map(listing -> WorkOrderSummaryJson.of(
                                listing, note -> messages.renderNote(LocaleContextHolder.getLocale(), note)))
                        .toList(),
                () -> workOrders.count(caller.tenant(), filter, q));
    }

    @PostMapping
    ResponseEntity<WorkOrderJson> create(Caller caller, @RequestBody NewWorkOrder body) {
        WorkOrder created = useCases.create().create(caller.tenant(), body);
        return ResponseEntity.created(
                        URI.create("/api/work-orders/" + created.id().value()))
                .body(view(caller, created.id().value()));
    }

    @GetMapping("/{id}")
    WorkOrderJson get(Caller caller, @PathVariable long id) {
        return view(caller, id);
    }

    @PostMapping("/{id}/plannings")
    ResponseEntity<WorkOrderJson> plan(Caller caller, @PathVariable long id, @RequestBody PlanningRequest body) {
        useCases.plan()
                .plan(caller.tenant(), new WorkOrderId(id), body.employee(), DutchTime.parse("start", body.start()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(caller, id));
    }

    @PostMapping("/{id}/timesheets")
    ResponseEntity<WorkOrderJson> registerTime(
            Caller caller, @PathVariable long id, @RequestBody TimeSheetRequest body) {
        useCases.registerTime()
                .register(
                        caller.tenant(),
                        new WorkOrderId(id),
                        body.employee(),
                        body.workMinutes(),
                        body.travelMinutes());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(caller, id));
    }

    @PostMapping("/{id}/used-items")
    ResponseEntity<WorkOrderJson> addUsedItem(Caller caller, @PathVariable long id, @RequestBody UsedItemRequest body) {
        useCases.addUsedItem().add(caller.tenant(), new WorkOrderId(id), body.itemId(), body.quantity());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(caller, id));
    }

    // Corrections until archiving (issue 15, docs/contracts.md §2.1): 409 once archived, 404 for an
    // entry that is not on this work order of this company.

    @PutMapping("/{id}/timesheets/{entryId}")
    WorkOrderJson changeTime(
            Caller caller, @PathVariable long id, @PathVariable long entryId, @RequestBody TimeSheetRequest body) {
        corrections
                .changeTimeSheet()
                .change(
                        caller.tenant(),
                        new WorkOrderId(id),
                        entryId,
                        body.employee(),
                        body.workMinutes(),
                        body.travelMinutes());
        return view(caller, id);
    }

    @DeleteMapping("/{id}/timesheets/{entryId}")
    WorkOrderJson removeTime(Caller caller, @PathVariable long id, @PathVariable long entryId) {
        corrections.removeTimeSheet().remove(caller.tenant(), new WorkOrderId(id), entryId);
        return view(caller, id);
    }

    @PutMapping("/{id}/used-items/{entryId}")
    WorkOrderJson changeUsedItem(
            Caller caller, @PathVariable long id, @PathVariable long entryId, @RequestBody UsedItemRequest body) {
        corrections.changeUsedItem().change(caller.tenant(), new WorkOrderId(id), entryId, body.quantity());
        return view(caller, id);
    }

    @DeleteMapping("/{id}/used-items/{entryId}")
    WorkOrderJson removeUsedItem(Caller caller, @PathVariable long id, @PathVariable long entryId) {
        corrections.removeUsedItem().remove(caller.tenant(), new WorkOrderId(id), entryId);
        return view(caller, id);
    }

    @PutMapping("/{id}/plannings/{entryId}")
    WorkOrderJson changePlanning(
            Caller caller, @PathVariable long id, @PathVariable long entryId, @RequestBody PlanningRequest body) {
        corrections
                .changePlanning()
                .change(
                        caller.tenant(),
                        new WorkOrderId(id),
                        entryId,
                        body.employee(),
                        body.start() == null ? null : DutchTime.parse("start", body.start()));
        return view(caller, id);
    }

    @DeleteMapping("/{id}/plannings/{entryId}")
    WorkOrderJson removePlanning(Caller caller, @PathVariable long id, @PathVariable long entryId) {
        corrections.removePlanning().remove(caller.tenant(), new WorkOrderId(id), entryId);
        return view(caller, id);
    }

    @PostMapping("/{id}/complete")
    WorkOrderJson complete(Caller caller, @PathVariable long id) {
        useCases.complete().complete(caller.tenant(), new WorkOrderId(id));
        return view(caller, id);
    }

    @PostMapping("/{id}/archive")
    WorkOrderJson archive(Caller caller, @PathVariable long id) {
        useCases.archive().archive(caller.tenant(), new WorkOrderId(id));
        return view(caller, id);
    }

    /** Links a customer (and work address); also on an archived work order whose invoice failed or was not sent. */
    @PostMapping("/{id}/customer")
    WorkOrderJson linkCustomer(Caller caller, @PathVariable long id, @RequestBody LinkCustomerRequest body) {
        useCases.linkCustomer().link(caller.tenant(), new WorkOrderId(id), body.customerId(), body.locationId());
        return view(caller, id);
    }

    @GetMapping("/{id}/invoice-preview")
    Map<String, Object> invoicePreview(Caller caller, @PathVariable long id, Locale locale) {
        return InvoicePreviewJson.of(
                previewInvoice.show(caller.tenant(), new WorkOrderId(id)), new InvoicePreviewText(messages), locale);
    }

    /** Queues every FAILED and NOT_SENT archived work order again (docs/contracts.md §2.1); 409 when not active. */
    @PostMapping("/resend-all")
    ResponseEntity<Map<String, Integer>> resendAll(Caller caller) {
        return ResponseEntity.accepted().body(Map.of("count", pushQueue.resendAll(caller.tenant())));
    }

    @PostMapping("/{id}/resend")
    ResponseEntity<WorkOrderJson> resend(Caller caller, @PathVariable long id) {
        pushQueue.resend(caller.tenant(), new WorkOrderId(id));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(caller, id));
    }

    private WorkOrderJson view(Caller caller, long id) {
        return WorkOrderJson.of(
                useCases.view().view(caller.tenant(), new WorkOrderId(id)),
                note -> messages.renderNote(LocaleContextHolder.getLocale(), note));
    }

    private static WorkOrderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return WorkOrderStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "error.unknown-status");
        }
    }

    record PlanningRequest(String employee, String start) {}

    record TimeSheetRequest(String employee, Integer workMinutes, Integer travelMinutes) {}

    record UsedItemRequest(Long itemId, BigDecimal quantity) {}

    record LinkCustomerRequest(Long customerId, Long locationId) {}
}
