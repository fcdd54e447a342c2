package nl.simon.adapter.web;

import java.util.Arrays;
import java.util.List;
import nl.simon.customer.Customer;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.push.PushQueue;
import nl.simon.integration.quotations.QuotationImports;
import nl.simon.shared.Count;
import nl.simon.shared.NotFoundException;
import nl.simon.tenant.Caller;
import nl.simon.workorder.NewWorkOrder;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderListing;
import nl.simon.workorder.WorkOrderStatus;
import nl.simon.workorder.WorkOrderUseCases;
import nl.simon.workorder.WorkOrders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The work order list with status filter and search, and the "new work order" form. */
@Controller
@RequestMapping("/work-orders")
class WorkOrderListPage {
    private final WorkOrders workOrders;
    private final WorkOrderUseCases useCases;
    private final WorkOrderFormChoices choices;
    private final Notices notices;
    private final PushQueue pushQueue;
    private final Integrations integrations;
    private final QuotationImports quotations;

    WorkOrderListPage(
            WorkOrders workOrders,
            WorkOrderUseCases useCases,
            WorkOrderFormChoices choices,
            Notices notices,
            PushQueue pushQueue,
            Integrations integrations,
            QuotationImports quotations) {
        this.pushQueue = pushQueue;
        this.quotations = quotations;
        this.integrations = integrations;
        this.workOrders = workOrders;
        this.useCases = useCases;
        this.choices = choices;
        this.notices = notices;
    }

    @GetMapping
    String list(
            Caller caller,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String customerQ,
            @RequestParam(defaultValue = "1") int customerPage,
            Model model) {
        WorkOrderStatus filter = statusFilter(status);
        String query = q == null || q.isBlank() ? null : q.strip();
        List<WorkOrderListing> fetched =
                workOrders.search(caller.tenant(), filter, query, PageSlice.SIZE + 1, PageSlice.offset(page));
        model.addAttribute("slice", PageSlice.of(fetched, page));
        long total = workOrders.count(caller.tenant(), filter, query);
        model.addAttribute("total", total);
        model.addAttribute("pages", PageSlice.pages(total));
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("statuses", WorkOrderStatus.values());
        String customerQuery = customerQ == null || customerQ.isBlank() ? null : customerQ.strip();
        WorkOrderFormChoices.Found<Customer> customers =
                choices.customers(caller.tenant(), customerQuery, customerPage, false);
        model.addAttribute("customerQ", customerQuery == null ? "" : customerQuery);
        model.addAttribute("customerChoices", customers);
        model.addAttribute("customers", customers.rows());
        model.addAttribute("locations", choices.locations(caller.tenant(), customers.rows()));
        // "alle niet-verstuurde opnieuw versturen": offered while the integration is active and some can be resent
        model.addAttribute(
                "resendable",
                integrations.get(caller.tenant()).isActive() ? pushQueue.resendableCount(caller.tenant()) : 0);
        return "work-orders";
    }

    /**
     * Issue 15 item 5: a log row about an imported quotation links here; the work order the quotation became
     * (the not-found page once that work order is gone).
     */
    @GetMapping("/quotation/{quotationId}")
    String byQuotation(Caller caller, @PathVariable String quotationId) {
        long id = quotations
                .workOrderOf(caller.tenant(), quotationId)
                .orElseThrow(() -> new NotFoundException("WorkOrder", quotationId))
                .value();
        return "redirect:/work-orders/" + id;
    }

    /** Queues every archived work order whose draft failed or was not sent again, each exactly once. */
    @PostMapping("/resend-all")
    String resendAll(Caller caller, RedirectAttributes redirect) {
        notices.success(redirect, "notice.workorders.resent-all", new Count(pushQueue.resendAll(caller.tenant())));
        return "redirect:/work-orders";
    }

    @PostMapping
    String create(
            Caller caller,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long locationId,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String customerReference,
            RedirectAttributes redirect) {
        WorkOrder created = useCases.create()
                .create(caller.tenant(), new NewWorkOrder(customerId, locationId, description, customerReference));
        notices.success(redirect, "notice.workorder.created", created.number());
        return "redirect:/work-orders/" + created.id().value();
    }

    /** An unknown status in the address shows all work orders rather than an error. */
    private static WorkOrderStatus statusFilter(String status) {
        return Arrays.stream(WorkOrderStatus.values())
                .filter(value -> value.name().equalsIgnoreCase(status == null ? "" : status.strip()))
                .findFirst()
                .orElse(null);
    }
}
