package dev.allot.web.groups;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.SqlCondition;
import dev.allot.directory.domain.Group;
import dev.allot.directory.domain.User;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.security.Caller;
import dev.allot.web.picker.UserPicker;

/** A group's page: its members, page by page; Add members (find users by name, tick, add) and Remove a member. */
@Controller
@RequestMapping("/groups/{groupId}")
class GroupPageController {

    private final DirectoryService directory;
    private final UserPicker picker;
    private final MessageSource messages;

    GroupPageController(DirectoryService directory, UserPicker picker, MessageSource messages) {
        this.directory = directory;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping
    String group(Caller caller, @PathVariable UUID groupId, @RequestParam(required = false) String after,
            @RequestParam(required = false) UUID afterId, Model model) {
        Group group = directory.group(caller.tenantId(), caller.actor(), groupId);
        int size = GroupsPageController.PAGE_SIZE;
        List<User> read = directory.members(caller.tenantId(), caller.actor(), groupId, after, after == null ? null : afterId,
                size + 1);
        boolean hasNext = read.size() > size;
        List<User> page = hasNext ? read.subList(0, size) : read;
        String path = "/groups/" + groupId;
        model.addAttribute("group", group);
        model.addAttribute("members", page);
        model.addAttribute("total", directory.countMembers(caller.tenantId(), caller.actor(), groupId));
        model.addAttribute("hasPrevious", afterId != null && after != null);
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("firstLink", path);
        model.addAttribute("nextLink", page.isEmpty() ? null : UriComponentsBuilder.fromPath(path)
                .queryParam("after", page.get(page.size() - 1).displayName()).queryParam("afterId", page.get(page.size() - 1).id())
                .encode().build().toUriString());
        return "groups/group";
    }

    /** The live search of Add members: users who are not members yet, and the ones already ticked. */
    @GetMapping("/candidates")
    String candidates(Caller caller, @PathVariable UUID groupId, @RequestParam(defaultValue = "") String find,
            @RequestParam(name = "user", required = false) List<UUID> picked, Model model) {
        directory.group(caller.tenantId(), caller.actor(), groupId);
        SqlCondition notMembers = new SqlCondition("not exists (select 1 from group_member m where m.tenant_id = u.tenant_id"
                + " and m.user_id = u.user_id and m.group_id = :pickerGroup)", Map.of("pickerGroup", groupId));
        model.addAttribute("candidates", picker.candidates(caller, find, picked, notMembers));
        model.addAttribute("pickerId", "members");
        return "fragments/picker :: candidates";
    }

    @PostMapping("/members")
    String addMembers(Caller caller, @PathVariable UUID groupId, @RequestParam(name = "user", required = false) List<UUID> picked,
            RedirectAttributes flash) {
        Group group = directory.group(caller.tenantId(), caller.actor(), groupId);
        List<UUID> users = picked == null ? List.of() : List.copyOf(new LinkedHashSet<>(picked));
        if (users.isEmpty()) {
            return flash(flash, groupId, "error", text("group.add.noneSelected"));
        }
        List<String> added = new ArrayList<>();
        int already = 0;
        List<String> failed = new ArrayList<>();
        for (UUID userId : users.subList(0, Math.min(users.size(), UserPicker.MAX_PICKED))) {
            try {
                User user = directory.user(caller.tenantId(), userId);
                directory.addMember(caller.tenantId(), caller.actor(), groupId, userId);
                added.add(user.displayName());
            } catch (AllotException e) {
                if (e.code() == ErrorCode.ALREADY_EXISTS) {
                    already++;
                } else {
                    failed.add(e.getMessage());
                }
            }
        }
        String message = text("group.added", added.size(), group.displayName(), String.join(", ", added), already, failed.size());
        if (!failed.isEmpty()) {
            message = message + " " + failed.get(0);
        }
        return flash(flash, groupId, failed.isEmpty() ? "success" : "error", message);
    }

    @PostMapping("/members/{userId}/remove")
    String removeMember(Caller caller, @PathVariable UUID groupId, @PathVariable UUID userId, RedirectAttributes flash) {
        Group group = directory.group(caller.tenantId(), caller.actor(), groupId);
        try {
            User user = directory.user(caller.tenantId(), userId);
            directory.removeMember(caller.tenantId(), caller.actor(), groupId, userId);
            return flash(flash, groupId, "success", text("group.removed", user.displayName(), group.displayName()));
        } catch (AllotException e) {
            return flash(flash, groupId, "error", text(e.code() == ErrorCode.NOT_FOUND ? "group.remove.notMember" : "group.remove.refused",
                    e.getMessage()));
        }
    }

    private static String flash(RedirectAttributes flash, UUID groupId, String kind, String message) {
        flash.addFlashAttribute("flash", message);
        flash.addFlashAttribute("flashKind", kind);
        return "redirect:/groups/" + groupId;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
