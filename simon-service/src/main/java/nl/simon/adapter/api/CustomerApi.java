package nl.simon.adapter.api;

import java.net.URI;
import java.util.List;
import nl.simon.customer.AddLocation;
import nl.simon.customer.CreateCustomer;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.CustomerSearch;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
class CustomerApi {
    private final Customers customers;
    private final Locations locations;
    private final CreateCustomer createCustomer;
    private final AddLocation addLocation;
    private final EditCustomer editCustomer;
    private final EditLocation editLocation;

    CustomerApi(
            Customers customers,
            Locations locations,
            CreateCustomer createCustomer,
            AddLocation addLocation,
            EditCustomer editCustomer,
            EditLocation editLocation) {
        this.customers = customers;
        this.locations = locations;
        this.createCustomer = createCustomer;
        this.addLocation = addLocation;
        this.editCustomer = editCustomer;
        this.editLocation = editLocation;
    }

    @GetMapping
    ResponseEntity<List<CustomerJson>> list(
            Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        Paging paging = Paging.of(page, size, limit, offset);
        CustomerSearch search = CustomerSearch.of(q);
        return paging.answer(
                customers.search(caller.tenant(), search, paging.limit(), paging.offset()).stream()
                        .map(CustomerJson::of)
                        .toList(),
                () -> customers.count(caller.tenant(), search));
    }

    @GetMapping("/{id}")
    CustomerJson get(Caller caller, @PathVariable long id) {
        return CustomerJson.of(find(caller, id));
    }

    @PostMapping
    ResponseEntity<CustomerJson> create(Caller caller, @RequestBody NewCustomer body) {
        Customer customer = createCustomer.create(caller.tenant(), body);
        return ResponseEntity.created(
                        URI.create("/api/customers/" + customer.id().value()))
                .body(CustomerJson.of(customer));
    }

    /** Issue 15 item 2: a customer made in Simon; one from FactuurSturen is a 409 (changed in FactuurSturen). */
    @PutMapping("/{id}")
    CustomerJson edit(Caller caller, @PathVariable long id, @RequestBody NewCustomer body) {
        return CustomerJson.of(editCustomer.edit(caller.tenant(), new CustomerId(id), body));
    }

    @GetMapping("/{id}/locations")
    ResponseEntity<List<LocationJson>> locations(
            Caller caller,
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size, null, null);
        Customer customer = find(caller, id);
        return paging.answer(
                locations.ofCustomer(caller.tenant(), customer.id(), q, paging.limit(), paging.offset()).stream()
                        .map(LocationJson::of)
                        .toList(),
                () -> locations.countOfCustomer(caller.tenant(), customer.id(), q));
    }

    @PostMapping("/{id}/locations")
    ResponseEntity<LocationJson> addLocation(Caller caller, @PathVariable long id, @RequestBody NewLocation body) {
        Location location = addLocation.add(caller.tenant(), new CustomerId(id), body);
        return ResponseEntity.created(URI.create(
                        "/api/customers/" + id + "/locations/" + location.id().value()))
                .body(LocationJson.of(location));
    }

    /** Issue 15 item 2: a work address made in Simon; the one FactuurSturen made is a 409. */
    @PutMapping("/{id}/locations/{locationId}")
    LocationJson editLocation(
            Caller caller, @PathVariable long id, @PathVariable long locationId, @RequestBody NewLocation body) {
        return LocationJson.of(
                editLocation.edit(caller.tenant(), new CustomerId(id), new LocationId(locationId), body));
    }

    private Customer find(Caller caller, long id) {
        return customers
                .byId(caller.tenant(), new CustomerId(id))
                .orElseThrow(() -> new NotFoundException("Customer", id));
    }
}
