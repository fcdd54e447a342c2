package nl.simon.adapter.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.simon.item.CreateItem;
import nl.simon.item.Item;
import nl.simon.item.ItemGroup;
import nl.simon.item.ItemGroups;
import nl.simon.item.Items;
import nl.simon.item.NewItem;
import nl.simon.tenant.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The item (article) list with search, and the "new item" form. */
@Controller
@RequestMapping("/items")
class ItemPage {
    private final Items items;
    private final ItemGroups groups;
    private final CreateItem createItem;
    private final Notices notices;

    ItemPage(Items items, ItemGroups groups, CreateItem createItem, Notices notices) {
        this.items = items;
        this.groups = groups;
        this.createItem = createItem;
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
                        items.search(caller.tenant(), query, false, PageSlice.SIZE + 1, PageSlice.offset(page)), page));
        model.addAttribute("q", query == null ? "" : query);
        long total = items.count(caller.tenant(), query, false);
        model.addAttribute("total", total);
        model.addAttribute("pages", PageSlice.pages(total));
        List<ItemGroup> all = groups.all(caller.tenant());
        Map<Long, String> groupNames = all.stream()
                .collect(Collectors.toMap(group -> group.id().value(), ItemGroup::name, (first, same) -> first));
        model.addAttribute("groupNames", groupNames);
        model.addAttribute("groups", all);
        model.addAttribute("defaultGroup", ItemGroup.DEFAULT_NAME);
        return "items";
    }

    @PostMapping
    String create(
            Caller caller,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) BigDecimal price,
            @RequestParam(required = false) BigDecimal vatPercentage,
            @RequestParam(required = false) Long itemGroupId,
            RedirectAttributes redirect) {
        Item item = createItem.create(caller.tenant(), new NewItem(code, name, price, vatPercentage, itemGroupId));
        notices.success(redirect, "notice.item.created", item.code() + " " + item.name());
        return "redirect:/items";
    }
}
