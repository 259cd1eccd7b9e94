package dev.allot.directory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;
import dev.allot.directory.domain.Group;
import dev.allot.directory.domain.User;
import dev.allot.directory.domain.UserChanges;
import dev.allot.directory.domain.UserProperty;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.AssignmentStore;
import dev.allot.licensing.GroupLicensingService;
import dev.allot.licensing.LicenseEvents;
import dev.allot.security.Permissions;

/** Users and groups: create, read, change, delete. */
@Service
public class DirectoryService {

    private final UserStore users;
    private final GroupStore groups;
    private final AssignmentStore assignments;
    private final AuditLog audit;
    private final LicenseEvents events;
    private final GroupLicensingService groupLicensing;

    public DirectoryService(UserStore users, GroupStore groups, AssignmentStore assignments, AuditLog audit, LicenseEvents events,
            GroupLicensingService groupLicensing) {
        this.groupLicensing = groupLicensing;
        this.users = users;
        this.groups = groups;
        this.assignments = assignments;
        this.audit = audit;
        this.events = events;
    }

    // ---- users

    @Transactional
    public User createUser(UUID tenantId, Actor actor, UserChanges values) {
        Permissions.requireManageUsers(actor);
        String upn = values.text(UserProperty.userPrincipalName)
                .orElseThrow(() -> AllotException.invalidValue("Property 'userPrincipalName' is required when creating a user."));
        if (values.text(UserProperty.displayName).isEmpty()) {
            throw AllotException.invalidValue("Property 'displayName' is required when creating a user.");
        }
        requireFreePrincipalName(tenantId, upn, null);
        UUID id = UUID.randomUUID();
        UserChanges withNickname = values;
        if (!values.has(UserProperty.mailNickname)) {
            withNickname = with(values, UserProperty.mailNickname, upn.substring(0, upn.indexOf('@')));
        }
        users.insert(tenantId, id, withNickname);
        User created = users.find(tenantId, id).orElseThrow();
        audit.success(tenantId, actor, "user.create", "user", id, Map.of("after", describe(withNickname)));
        return created;
    }

    @Transactional
    public User updateUser(UUID tenantId, Actor actor, UUID userId, UserChanges changes) {
        Permissions.requireManageUsers(actor);
        User before = user(tenantId, userId);
        changes.text(UserProperty.userPrincipalName).ifPresent(upn -> requireFreePrincipalName(tenantId, upn, userId));
        if (changes.has(UserProperty.usageLocation) && changes.value(UserProperty.usageLocation) == null
                && !assignments.heldSkus(tenantId, userId).isEmpty()) {
            throw AllotException.invalidValue("The usage location of a user who holds licenses cannot be cleared: licenses are "
                    + "only available in some countries. Set another country, or unassign the user's licenses first.");
        }
        users.update(tenantId, userId, changes);
        if (changes.has(UserProperty.usageLocation)) {
            // licenses a group could not give in the old country may be allowed in the new one (and the other way round)
            groupLicensing.reconcileMember(tenantId, userId);
        }
        User after = users.find(tenantId, userId).orElseThrow();
        if (!changes.isEmpty()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("changed", describe(changes));
            detail.put("before", changedValues(before, changes));
            audit.success(tenantId, actor, "user.update", "user", userId, detail);
            events.userChanged(tenantId, userId);
        }
        return after;
    }

    /** Deletes the user (kept restorable); every seat they held is free for someone else at once. */
    @Transactional
    public DeletedUser deleteUser(UUID tenantId, Actor actor, UUID userId) {
        Permissions.requireManageUsers(actor);
        User user = user(tenantId, userId);
        assignments.lockUser(tenantId, userId);
        List<UUID> freed = assignments.freeAllSeats(tenantId, userId);
        users.softDelete(tenantId, userId);
        groupLicensing.seatsAvailable(tenantId, freed);
        audit.success(tenantId, actor, "user.delete", "user", userId,
                Map.of("userPrincipalName", user.userPrincipalName(), "licensesFreed", freed.stream().map(UUID::toString).toList()));
        events.userChanged(tenantId, userId);
        return new DeletedUser(user, freed);
    }

    public User user(UUID tenantId, UUID userId) {
        return users.find(tenantId, userId).orElseThrow(() -> notFound(userId.toString()));
    }

    /** A user by id or by userPrincipalName, as Graph's /users/{id | userPrincipalName} addresses them. */
    public User user(UUID tenantId, String idOrPrincipalName) {
        try {
            return user(tenantId, UUID.fromString(idOrPrincipalName));
        } catch (IllegalArgumentException notAnId) {
            return users.findByPrincipalName(tenantId, idOrPrincipalName).orElseThrow(() -> notFound(idOrPrincipalName));
        }
    }

    /** These users, in the order asked, leaving out those that no longer exist. */
    public List<User> users(UUID tenantId, Actor actor, List<UUID> userIds) {
        Permissions.requireRead(actor);
        Map<UUID, User> byId = new LinkedHashMap<>();
        users.findAll(tenantId, userIds).forEach(u -> byId.put(u.id(), u));
        return userIds.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public UserPage users(UUID tenantId, Actor actor, SqlCondition condition, UserOrder order, boolean descending,
            UserPage.PageKey after, int size) {
        Permissions.requireRead(actor);
        return users.page(tenantId, condition, order, descending, after, size);
    }

    public long countUsers(UUID tenantId, Actor actor, SqlCondition condition) {
        Permissions.requireRead(actor);
        return users.count(tenantId, condition);
    }

    // ---- groups

    @Transactional
    public Group createGroup(UUID tenantId, Actor actor, GroupDraft draft) {
        Permissions.requireManageUsers(actor);
        Group group = new Group(UUID.randomUUID(), draft.displayName(), draft.description(), draft.mailNickname(),
                draft.mailEnabled(), draft.securityEnabled(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        groups.insert(tenantId, group);
        audit.success(tenantId, actor, "group.create", "group", group.id(), Map.of("displayName", group.displayName()));
        return group;
    }

    @Transactional
    public Group updateGroup(UUID tenantId, Actor actor, UUID groupId, GroupDraft changes) {
        return updateGroup(tenantId, actor, groupId, before -> changes);
    }

    /** Changes the group from its locked current state, so that concurrent partial updates never undo each other. */
    @Transactional
    public Group updateGroup(UUID tenantId, Actor actor, UUID groupId, UnaryOperator<GroupDraft> change) {
        Permissions.requireManageUsers(actor);
        Group before = groups.lock(tenantId, groupId).orElseThrow(() -> notFound(groupId.toString()));
        GroupDraft changes = change.apply(GroupDraft.of(before));
        Group after = new Group(groupId, changes.displayName(), changes.description(), changes.mailNickname(), changes.mailEnabled(),
                changes.securityEnabled(), before.createdDateTime());
        groups.update(tenantId, after);
        audit.success(tenantId, actor, "group.update", "group", groupId, Map.of("before", before.toString(), "after", after.toString()));
        return after;
    }

    @Transactional
    public void deleteGroup(UUID tenantId, Actor actor, UUID groupId) {
        Permissions.requireManageUsers(actor);
        Group group = groups.lock(tenantId, groupId).orElseThrow(() -> notFound(groupId.toString()));
        var licenses = groupLicensing.licenses(tenantId, groupId);
        if (!licenses.isEmpty()) {
            throw new AllotException(ErrorCode.INVALID_VALUE, "The group " + group.displayName() + " still assigns " + licenses.size()
                    + " product license(s) to its members. Remove the group's licenses first, then delete it.");
        }
        groups.delete(tenantId, groupId);
        audit.success(tenantId, actor, "group.delete", "group", groupId, Map.of("displayName", group.displayName()));
    }

    public Group group(UUID tenantId, UUID groupId) {
        return groups.find(tenantId, groupId).orElseThrow(() -> notFound(groupId.toString()));
    }

    public Group group(UUID tenantId, Actor actor, UUID groupId) {
        Permissions.requireRead(actor);
        return group(tenantId, groupId);
    }

    public List<Group> groups(UUID tenantId, Actor actor, SqlCondition condition, String afterName, UUID afterId, int size) {
        Permissions.requireRead(actor);
        return groups.page(tenantId, condition, afterName, afterId, size);
    }

    public long countGroups(UUID tenantId, Actor actor, SqlCondition condition) {
        Permissions.requireRead(actor);
        return groups.count(tenantId, condition);
    }

    @Transactional
    public void addMember(UUID tenantId, Actor actor, UUID groupId, UUID userId) {
        Permissions.requireManageUsers(actor);
        groups.lock(tenantId, groupId).orElseThrow(() -> notFound(groupId.toString()));
        user(tenantId, userId);
        if (!groups.addMember(tenantId, groupId, userId)) {
            throw new AllotException(ErrorCode.ALREADY_EXISTS,
                    "One or more added object references already exist for the following modified properties: 'members'.");
        }
        groupLicensing.memberAdded(tenantId, groupId, userId);
        audit.success(tenantId, actor, "group.addMember", "group", groupId, Map.of("userId", userId.toString()));
    }

    @Transactional
    public void removeMember(UUID tenantId, Actor actor, UUID groupId, UUID userId) {
        Permissions.requireManageUsers(actor);
        groups.lock(tenantId, groupId).orElseThrow(() -> notFound(groupId.toString()));
        if (!groups.removeMember(tenantId, groupId, userId)) {
            throw notFound(userId.toString());
        }
        groupLicensing.memberRemoved(tenantId, groupId, userId);
        audit.success(tenantId, actor, "group.removeMember", "group", groupId, Map.of("userId", userId.toString()));
    }

    public List<User> members(UUID tenantId, Actor actor, UUID groupId, String afterName, UUID afterId, int size) {
        Permissions.requireRead(actor);
        group(tenantId, groupId);
        return groups.members(tenantId, groupId, afterName, afterId, size);
    }

    public long countMembers(UUID tenantId, Actor actor, UUID groupId) {
        Permissions.requireRead(actor);
        group(tenantId, groupId);
        return groups.memberCount(tenantId, groupId);
    }

    public long memberCount(UUID tenantId, UUID groupId) {
        return groups.memberCount(tenantId, groupId);
    }

    public List<Group> groupsOf(UUID tenantId, UUID userId) {
        return groups.groupsOf(tenantId, userId);
    }

    // ----

    private void requireFreePrincipalName(UUID tenantId, String upn, UUID exceptUserId) {
        if (users.principalNameTaken(tenantId, upn, exceptUserId)) {
            throw new AllotException(ErrorCode.ALREADY_EXISTS,
                    "Another object with the same value for property userPrincipalName already exists.");
        }
    }

    public static AllotException notFound(String id) {
        return AllotException.notFound("Resource '" + id + "' does not exist or one of its queried reference-property objects are not present.");
    }

    private static UserChanges with(UserChanges values, UserProperty property, Object value) {
        UserChanges.Builder b = UserChanges.builder();
        values.values().forEach(b::set);
        b.set(property, value);
        return b.build();
    }

    private static Map<String, Object> describe(UserChanges changes) {
        Map<String, Object> d = new LinkedHashMap<>();
        changes.values().forEach((k, v) -> d.put(k.name(), v));
        return d;
    }

    private static Map<String, Object> changedValues(User user, UserChanges changes) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (UserProperty p : changes.values().keySet()) {
            d.put(p.name(), switch (p) {
                case userPrincipalName -> user.userPrincipalName();
                case displayName -> user.displayName();
                case givenName -> user.givenName();
                case surname -> user.surname();
                case mail -> user.mail();
                case mailNickname -> user.mailNickname();
                case jobTitle -> user.jobTitle();
                case department -> user.department();
                case companyName -> user.companyName();
                case mobilePhone -> user.mobilePhone();
                case officeLocation -> user.officeLocation();
                case preferredLanguage -> user.preferredLanguage();
                case businessPhones -> user.businessPhones();
                case usageLocation -> user.usageLocation();
                case accountEnabled -> user.accountEnabled();
                case id, createdDateTime -> null;
            });
        }
        return d;
    }

    /** A deleted user and the products whose seats became free. */
    public record DeletedUser(User user, List<UUID> licensesFreed) {
    }

    /** A group's writable properties. */
    public record GroupDraft(String displayName, String description, String mailNickname, boolean mailEnabled, boolean securityEnabled) {

        public static GroupDraft of(Group group) {
            return new GroupDraft(group.displayName(), group.description(), group.mailNickname(), group.mailEnabled(),
                    group.securityEnabled());
        }

        public GroupDraft {
            if (displayName == null || displayName.isBlank()) {
                throw AllotException.invalidValue("Property 'displayName' is required and cannot be empty.");
            }
            if (mailNickname == null || mailNickname.isBlank()) {
                mailNickname = displayName.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
                if (mailNickname.isEmpty()) {
                    mailNickname = "group";
                }
            }
            if (!mailNickname.matches("[A-Za-z0-9'._!#^~+-]{1,64}")) {
                throw AllotException.invalidValue("Property 'mailNickname' may hold only letters, digits and ' . - _ ! # ^ ~ (at most 64).");
            }
            if (displayName.length() > 256 || (description != null && description.length() > 1024)) {
                throw AllotException.invalidValue("displayName holds at most 256 characters and description at most 1024.");
            }
        }
    }
}
