package nl.simon.adapter.web;

import nl.simon.customer.AddLocation;
import nl.simon.customer.CreateCustomer;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Customers;
import nl.simon.customer.EditCustomer;
import nl.simon.customer.EditLocation;
import nl.simon.customer.Location;
import nl.simon.customer.LocationId;
import nl.simon.customer.Locations;
import nl.simon.customer.NewCustomer;
import nl.simon.customer.NewLocation;
import nl.simon.shared.NotFoundException;
import nl.simon.tenant.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer list with search and "new customer", and a customer's page with its work addresses. */
@Controller
@RequestMapping("/customers")
class CustomerPages {
    private final Customers customers;
    private final Locations locations;
    private final CreateCustomer createCustomer;
    private final AddLocation addLocation;
    private final EditCustomer editCustomer;
    private final EditLocation editLocation;
    private final Notices notices;

    CustomerPages(
            Customers customers,
            Locations locations,
            CreateCustomer createCustomer,
            AddLocation addLocation,
            EditCustomer editCustomer,
            EditLocation editLocation,
            Notices notices) {
        this.customers = customers;
        this.locations = locations;
        this.createCustomer = createCustomer;
        this.addLocation = addLocation;
        this.editCustomer = editCustomer;
        this.editLocation = editLocation;
        this.notices = notices;
    }

    @GetMapping
    String list(
            Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        String query = q == null || q.isBlank() ? null : q.strip();
        model.addAttribute(
                "slice",
                PageSlice.of(
                        customers.search(caller.tenant(), query, PageSlice.SIZE + 1, PageSlice.offset(page)), page));
        model.addAttribute("q", query == null ? "" : query);
        long total = customers.count(caller.tenant(), nl.simon.customer.CustomerSearch.of(query));
        model.addAttribute("total", total);
        model.addAttribute("pages", PageSlice.pages(total));
        return "customers";
    }

    @PostMapping
    String create(
            Caller caller,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) String zipcode,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String fsClientNr,
            RedirectAttributes redirect) {
        Customer customer =
                createCustomer.create(caller.tenant(), new NewCustomer(name, address, zipcode, city, fsClientNr));
        notices.success(redirect, "notice.customer.created", customer.name());
        return "redirect:/customers/" + customer.id().value();
    }

    /** Issue 15 item 5: a log row about an FS client links here; the customer with that FS client number. */
    @GetMapping("/fs/{fsClientNr}")
    String byFsClientNr(Caller caller, @PathVariable String fsClientNr) {
        Customer customer = customers
                .byFsClientNr(caller.tenant(), fsClientNr)
                .orElseThrow(() -> new NotFoundException("Customer", fsClientNr));
        return "redirect:/customers/" + customer.id().value();
    }

    @GetMapping("/{id}")
    String show(Caller caller, @PathVariable long id, Model model) {
        Customer customer = customers
                .byId(caller.tenant(), new CustomerId(id))
                .orElseThrow(() -> new NotFoundException("Customer", id));
        model.addAttribute("customer", customer);
        model.addAttribute("locations", locations.ofCustomer(caller.tenant(), customer.id()));
        return "customer";
    }

    /** Issue 15 item 2: the details of a customer made in Simon (one from FactuurSturen is a red banner). */
    @PostMapping("/{id}/details")
    String edit(
            Caller caller,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String zipcode,
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String fsClientNr,
            RedirectAttributes redirect) {
        Customer customer = editCustomer.edit(
                caller.tenant(), new CustomerId(id), new NewCustomer(name, address, zipcode, city, fsClientNr));
        notices.success(redirect, "notice.customer.changed", customer.name());
        return "redirect:/customers/" + id;
    }

    @GetMapping("/{id}/locations/{locationId}")
    String location(Caller caller, @PathVariable long id, @PathVariable long locationId, Model model) {
        Customer customer = customers
                .byId(caller.tenant(), new CustomerId(id))
                .orElseThrow(() -> new NotFoundException("Customer", id));
        Location location = locations
                .byId(caller.tenant(), new LocationId(locationId))
                .filter(found -> found.customer().equals(customer.id()))
                .orElseThrow(() -> new NotFoundException("Location", locationId));
        model.addAttribute("customer", customer);
        model.addAttribute("location", location);
        return "location";
    }

    @PostMapping("/{id}/locations/{locationId}/details")
    String editLocation(
            Caller caller,
            @PathVariable long id,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String zipcode,
            @RequestParam(defaultValue = "") String city,
            RedirectAttributes redirect) {
        Location location = editLocation.edit(
                caller.tenant(),
                new CustomerId(id),
                new LocationId(locationId),
                new NewLocation(name, address, zipcode, city));
        notices.success(redirect, "notice.location.changed", location.name());
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{id}/locations")
    String addLocation(
            Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) String zipcode,
            @RequestParam(required = false) String city,
            RedirectAttributes redirect) {
        Location location =
                addLocation.add(caller.tenant(), new CustomerId(id), new NewLocation(name, address, zipcode, city));
        notices.success(redirect, "notice.location.added", location.name());
        return "redirect:/customers/" + id;
    }
}
