package nl.simon.adapter.api;

import java.net.URI;
import java.util.List;
import nl.simon.item.CreateItem;
import nl.simon.item.Item;
import nl.simon.item.ItemGroups;
import nl.simon.item.ItemId;
import nl.simon.item.Items;
import nl.simon.item.NewItem;
import nl.simon.shared.NotFoundException;
import nl.simon.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ItemApi {
    private final Items items;
    private final ItemGroups groups;
    private final CreateItem createItem;

    ItemApi(Items items, ItemGroups groups, CreateItem createItem) {
        this.items = items;
        this.groups = groups;
        this.createItem = createItem;
    }

    @GetMapping("/api/items")
    ResponseEntity<List<ItemJson>> list(
            Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean activeOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        Paging paging = Paging.of(page, size, limit, offset);
        return paging.answer(
                items.search(caller.tenant(), q, activeOnly, paging.limit(), paging.offset()).stream()
                        .map(ItemJson::of)
                        .toList(),
                () -> items.count(caller.tenant(), q, activeOnly));
    }

    @GetMapping("/api/items/{id}")
    ItemJson get(Caller caller, @PathVariable long id) {
        return items.byId(caller.tenant(), new ItemId(id))
                .map(ItemJson::of)
                .orElseThrow(() -> new NotFoundException("Item", id));
    }

    @PostMapping("/api/items")
    ResponseEntity<ItemJson> create(Caller caller, @RequestBody NewItem body) {
        Item item = createItem.create(caller.tenant(), body);
        return ResponseEntity.created(URI.create("/api/items/" + item.id().value()))
                .body(ItemJson.of(item));
    }

    @GetMapping("/api/item-groups")
    List<ItemGroupJson> groups(Caller caller) {
        return groups.all(caller.tenant()).stream().map(ItemGroupJson::of).toList();
    }
}
