package nl.simon.adapter.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.simon.customer.Customer;
import nl.simon.customer.Customers;
import nl.simon.customer.Locations;
import nl.simon.integration.push.PushQueue;
import nl.simon.item.Items;
import nl.simon.shared.DutchTime;
import nl.simon.shared.NotFoundException;
import nl.simon.tenant.Caller;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderCorrections;
import nl.simon.workorder.WorkOrderDetails;
import nl.simon.workorder.WorkOrderId;
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

/** One work order with everything on it, and the forms its status allows. */
@Controller
@RequestMapping("/work-orders/{id}")
class WorkOrderPage {
    private final WorkOrderUseCases useCases;
    private final WorkOrders workOrders;
    private final Customers customers;
    private final Locations locations;
    private final Items items;
    private final Notices notices;
    private final InvoicePanel invoicePanel;
    private final PushQueue pushQueue;
    private final WorkOrderCorrections corrections;

    WorkOrderPage(
            WorkOrderUseCases useCases,
            WorkOrders workOrders,
            Customers customers,
            Locations locations,
            Items items,
            Notices notices,
            InvoicePanel invoicePanel,
            PushQueue pushQueue,
            WorkOrderCorrections corrections) {
        this.corrections = corrections;
        this.useCases = useCases;
        this.workOrders = workOrders;
        this.customers = customers;
        this.locations = locations;
        this.items = items;
        this.notices = notices;
        this.invoicePanel = invoicePanel;
        this.pushQueue = pushQueue;
    }

    @GetMapping
    String show(
            Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String itemQ,
            @RequestParam(defaultValue = "1") int itemPage,
            @RequestParam(required = false) String linkQ,
            @RequestParam(defaultValue = "1") int linkPage,
            Locale locale,
            Model model) {
        WorkOrderDetails details = useCases.view().view(caller.tenant(), new WorkOrderId(id));
        WorkOrder workOrder = details.workOrder();
        // hours and items may be registered until archived: WorkOrderStatus.requireRegistrationAllowed()
        boolean registrationAllowed = workOrder.status().canRegister();
        model.addAttribute("details", details);
        model.addAttribute("workOrder", workOrder);
        Customer customer = workOrder
                .customer()
                .flatMap(c -> customers.byId(caller.tenant(), c))
                .orElse(null);
        model.addAttribute("customer", customer);
        model.addAttribute(
                "location",
                workOrder
                        .location()
                        .flatMap(location -> locations.byId(caller.tenant(), location))
                        .map(WorkOrderFormChoices::label)
                        .orElse(null));
        model.addAttribute("registrationAllowed", registrationAllowed);
        String itemQuery = itemQ == null || itemQ.isBlank() ? null : itemQ.strip();
        int itemsPage = PageSlice.page(itemPage);
        model.addAttribute("itemQ", itemQuery == null ? "" : itemQuery);
        model.addAttribute(
                "items",
                registrationAllowed
                        ? items.search(
                                caller.tenant(),
                                itemQuery,
                                true,
                                WorkOrderFormChoices.PAGE,
                                (itemsPage - 1) * WorkOrderFormChoices.PAGE)
                        : List.of());
        model.addAttribute(
                "itemChoices",
                registrationAllowed
                        ? new WorkOrderFormChoices.Found<>(
                                List.of(),
                                items.count(caller.tenant(), itemQuery, true),
                                itemsPage,
                                WorkOrderFormChoices.PAGE)
                        : null);
        String linkQuery = linkQ == null || linkQ.isBlank() ? null : linkQ.strip();
        invoicePanel.addTo(model, caller.tenant(), workOrder, customer, locale, linkQuery, linkPage);
        return "work-order";
    }

    /**
     * The invoice card alone ("Factuur"), for the page to refresh it while the draft is queued: the state changes
     * from "In de wachtrij" to "Verstuurd" (or a failure) without a reload. The card polls only while queued.
     */
    @GetMapping("/invoice-state")
    String invoiceState(Caller caller, @PathVariable long id, Locale locale, Model model) {
        WorkOrder workOrder =
                useCases.view().view(caller.tenant(), new WorkOrderId(id)).workOrder();
        Customer customer = workOrder
                .customer()
                .flatMap(c -> customers.byId(caller.tenant(), c))
                .orElse(null);
        model.addAttribute("wo", workOrder);
        model.addAttribute("customer", customer);
        invoicePanel.addTo(model, caller.tenant(), workOrder, customer, locale);
        return "work-order-invoice :: state";
    }

    @PostMapping("/plannings")
    String plan(
            Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String employee,
            @RequestParam(required = false) String start,
            RedirectAttributes redirect) {
        useCases.plan().plan(caller.tenant(), new WorkOrderId(id), employee, DutchTime.parse("start", start));
        return done(caller, id, redirect, "notice.workorder.planned");
    }

    @PostMapping("/timesheets")
    String registerTime(
            Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String employee,
            @RequestParam(required = false) Integer workMinutes,
            @RequestParam(required = false) Integer travelMinutes,
            RedirectAttributes redirect) {
        useCases.registerTime().register(caller.tenant(), new WorkOrderId(id), employee, workMinutes, travelMinutes);
        return done(caller, id, redirect, "notice.workorder.time-registered");
    }

    @PostMapping("/used-items")
    String addUsedItem(
            Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) Long itemId,
            @RequestParam(required = false) BigDecimal quantity,
            RedirectAttributes redirect) {
        useCases.addUsedItem().add(caller.tenant(), new WorkOrderId(id), itemId, quantity);
        return done(caller, id, redirect, "notice.workorder.item-added");
    }

    // Corrections until archiving (issue 15). A wrong value goes back red under the field of that row
    // (form names "edit-planning", "edit-time" and "edit-item", the row's id in "entry").

    @PostMapping("/timesheets/{entry}/edit-time")
    String changeTime(
            Caller caller,
            @PathVariable long id,
            @PathVariable long entry,
            @RequestParam(required = false) String employee,
            @RequestParam(required = false) Integer workMinutes,
            @RequestParam(required = false) Integer travelMinutes,
            RedirectAttributes redirect) {
        corrections
                .changeTimeSheet()
                .change(
                        caller.tenant(),
                        new WorkOrderId(id),
                        entry,
                        employee == null ? "" : employee,
                        workMinutes == null ? 0 : workMinutes,
                        travelMinutes == null ? 0 : travelMinutes);
        return done(caller, id, redirect, "notice.workorder.time-changed");
    }

    @PostMapping("/plannings/{entry}/edit-planning")
    String changePlanning(
            Caller caller,
            @PathVariable long id,
            @PathVariable long entry,
            @RequestParam(required = false) String employee,
            @RequestParam(required = false) String start,
            RedirectAttributes redirect) {
        corrections
                .changePlanning()
                .change(
                        caller.tenant(),
                        new WorkOrderId(id),
                        entry,
                        employee == null ? "" : employee,
                        DutchTime.parse("start", start));
        return done(caller, id, redirect, "notice.workorder.planning-changed");
    }

    @PostMapping("/used-items/{entry}/edit-item")
    String changeUsedItem(
            Caller caller,
            @PathVariable long id,
            @PathVariable long entry,
            @RequestParam(required = false) BigDecimal quantity,
            RedirectAttributes redirect) {
        corrections.changeUsedItem().change(caller.tenant(), new WorkOrderId(id), entry, quantity);
        return done(caller, id, redirect, "notice.workorder.item-changed");
    }

    /** Removes a time entry, used item or planning, only with the confirmation (else the question first). */
    @PostMapping("/{kind:timesheets|used-items|plannings}/{entry}/delete")
    String remove(
            Caller caller,
            @PathVariable long id,
            @PathVariable String kind,
            @PathVariable long entry,
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return "redirect:/work-orders/" + id + "/confirm-remove/" + kind + "/" + entry;
        }
        WorkOrderId workOrder = new WorkOrderId(id);
        String notice = switch (kind) {
            case "timesheets" -> {
                corrections.removeTimeSheet().remove(caller.tenant(), workOrder, entry);
                yield "notice.workorder.time-removed";
            }
            case "used-items" -> {
                corrections.removeUsedItem().remove(caller.tenant(), workOrder, entry);
                yield "notice.workorder.item-removed";
            }
            default -> {
                corrections.removePlanning().remove(caller.tenant(), workOrder, entry);
                yield "notice.workorder.planning-removed";
            }
        };
        return done(caller, id, redirect, notice);
    }

    /**
     * Issue 15: removing a time entry, used item or planning cannot be undone, so it asks first. With JavaScript the
     * row's form asks in a dialog (static/js/confirm.js) and sends {@code confirmed}; without it (or from an old
     * form) the POST lands here: the question, what will be removed, and the button that does it.
     */
    @GetMapping("/confirm-remove/{kind:timesheets|used-items|plannings}/{entry}")
    String confirmRemove(
            Caller caller, @PathVariable long id, @PathVariable String kind, @PathVariable long entry, Model model) {
        WorkOrderDetails details = useCases.view().view(caller.tenant(), new WorkOrderId(id));
        Object found = switch (kind) {
            case "timesheets" ->
                details.timeSheets().stream()
                        .filter(t -> t.id() == entry)
                        .findFirst()
                        .orElse(null);
            case "used-items" ->
                details.usedItems().stream()
                        .filter(u -> u.id() == entry)
                        .findFirst()
                        .orElse(null);
            default ->
                details.plannings().stream()
                        .filter(p -> p.id() == entry)
                        .findFirst()
                        .orElse(null);
        };
        if (found == null) {
            throw new NotFoundException(kind, entry);
        }
        model.addAttribute("workOrder", details.workOrder());
        model.addAttribute("kind", kind);
        model.addAttribute("entry", found);
        model.addAttribute("allowed", details.workOrder().status().canRegister());
        return "work-order-remove";
    }

    /**
     * "Gereed melden" and "Archiveren" ask first: the question with the draft's summary (what archiving will send, or
     * why nothing), and the button that does it. The page works without JavaScript.
     */
    @GetMapping("/confirm/{action:complete|archive}")
    String confirm(Caller caller, @PathVariable long id, @PathVariable String action, Locale locale, Model model) {
        WorkOrderDetails details = useCases.view().view(caller.tenant(), new WorkOrderId(id));
        WorkOrder workOrder = details.workOrder();
        Customer customer = workOrder
                .customer()
                .flatMap(c -> customers.byId(caller.tenant(), c))
                .orElse(null);
        invoicePanel.addTo(model, caller.tenant(), workOrder, customer, locale);
        model.addAttribute("workOrder", workOrder);
        model.addAttribute("action", action);
        model.addAttribute(
                "allowed",
                "complete".equals(action)
                        ? workOrder.status().canComplete()
                        : workOrder.status().canArchive());
        return "work-order-confirm";
    }

    /** Only with the confirmation; a POST without it (an old form, a script) shows the question first. */
    @PostMapping("/complete")
    String complete(
            Caller caller,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return "redirect:/work-orders/" + id + "/confirm/complete";
        }
        useCases.complete().complete(caller.tenant(), new WorkOrderId(id));
        return done(caller, id, redirect, "notice.workorder.completed");
    }

    @PostMapping("/archive")
    String archive(
            Caller caller,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return "redirect:/work-orders/" + id + "/confirm/archive";
        }
        useCases.archive().archive(caller.tenant(), new WorkOrderId(id));
        return done(caller, id, redirect, "notice.workorder.archived");
    }

    /** "Opnieuw versturen": an archived work order whose draft invoice failed or was not sent is queued again. */
    @PostMapping("/resend")
    String resend(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        pushQueue.resend(caller.tenant(), new WorkOrderId(id));
        return done(caller, id, redirect, "notice.workorder.resent");
    }

    /** "Klant koppelen": until archived, and after archiving while its draft invoice failed or was not sent. */
    @PostMapping("/customer")
    String linkCustomer(
            Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long locationId,
            RedirectAttributes redirect) {
        useCases.linkCustomer().link(caller.tenant(), new WorkOrderId(id), customerId, locationId);
        return done(caller, id, redirect, "notice.workorder.customer-linked");
    }

    /** Back to the work order (post/redirect/get) with a green message naming its number. */
    private String done(Caller caller, long id, RedirectAttributes redirect, String notice) {
        long number = workOrders
                .byId(caller.tenant(), new WorkOrderId(id))
                .orElseThrow(() -> new NotFoundException("WorkOrder", id))
                .number();
        notices.success(redirect, notice, number);
        return "redirect:/work-orders/" + id;
    }
}
