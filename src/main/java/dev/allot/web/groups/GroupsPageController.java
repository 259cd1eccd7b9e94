package dev.allot.web.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.DirectoryService.GroupDraft;
import dev.allot.directory.SqlCondition;
import dev.allot.directory.domain.Group;
import dev.allot.error.AllotException;
import dev.allot.security.Caller;
import dev.allot.web.picker.UserPicker;

/** Groups: search and page through the organization's groups, and create a new one. */
@Controller
@RequestMapping("/groups")
class GroupsPageController {

    static final int PAGE_SIZE = 25;

    private final DirectoryService directory;
    private final MessageSource messages;

    GroupsPageController(DirectoryService directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(Caller caller, @RequestParam(defaultValue = "") String search, @RequestParam(required = false) String after,
            @RequestParam(required = false) UUID afterId, Model model) {
        String text = search.strip().length() > 100 ? search.strip().substring(0, 100) : search.strip();
        SqlCondition condition = text.isEmpty() ? SqlCondition.NONE
                : new SqlCondition("lower(g.display_name) like :q escape '\\'", Map.of("q", UserPicker.escapeLike(text.toLowerCase(Locale.ROOT)) + "%"));
        List<Group> read = directory.groups(caller.tenantId(), caller.actor(), condition, after, after == null ? null : afterId,
                PAGE_SIZE + 1);
        boolean hasNext = read.size() > PAGE_SIZE;
        List<Group> page = hasNext ? read.subList(0, PAGE_SIZE) : read;
        Map<UUID, Long> members = new LinkedHashMap<>();
        page.forEach(g -> members.put(g.id(), directory.memberCount(caller.tenantId(), g.id())));
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/groups");
        if (!text.isEmpty()) {
            base.queryParam("search", text);
        }
        model.addAttribute("search", text);
        model.addAttribute("groups", page);
        model.addAttribute("memberCounts", members);
        model.addAttribute("total", directory.countGroups(caller.tenantId(), caller.actor(), condition));
        model.addAttribute("hasPrevious", afterId != null && after != null);
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("firstLink", base.cloneBuilder().encode().build().toUriString());
        model.addAttribute("nextLink", page.isEmpty() ? null : base.cloneBuilder().queryParam("after", page.get(page.size() - 1).displayName())
                .queryParam("afterId", page.get(page.size() - 1).id()).encode().build().toUriString());
        return "groups/list";
    }

    /** New group: a security group with a display name and a description. */
    @PostMapping
    String create(Caller caller, @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String description,
            RedirectAttributes flash) {
        try {
            Group group = directory.createGroup(caller.tenantId(), caller.actor(),
                    new GroupDraft(displayName.strip(), description.isBlank() ? null : description.strip(), null, false, true));
            flash.addFlashAttribute("flash", text("groups.created", group.displayName()));
            flash.addFlashAttribute("flashKind", "success");
            return "redirect:/groups/" + group.id();
        } catch (AllotException e) {
            flash.addFlashAttribute("flash", text(displayName.isBlank() ? "groups.create.nameRequired" : "groups.create.refused", e.getMessage()));
            flash.addFlashAttribute("flashKind", "error");
            return "redirect:/groups";
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
