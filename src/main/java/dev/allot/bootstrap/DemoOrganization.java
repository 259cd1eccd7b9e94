package dev.allot.bootstrap;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.text.Normalizer;

import org.springframework.stereotype.Component;

import dev.allot.audit.Actor;
import dev.allot.billing.BillingService;
import dev.allot.billing.BillingService.NewSubscription;
import dev.allot.billing.domain.Subscription;
import dev.allot.billing.domain.SubscriptionStatus;
import dev.allot.catalog.CatalogStore;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.DirectoryService.GroupDraft;
import dev.allot.directory.domain.Group;
import dev.allot.directory.domain.User;
import dev.allot.directory.domain.UserChanges;
import dev.allot.directory.domain.UserProperty;
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.domain.LicenseRequest;

/**
 * The demo organization "Contoso": people in several countries (a few without a usage location), departments
 * as groups, and subscriptions to real Microsoft products with some seats taken, one product fully used and one
 * subscription expired but still in its grace period. Everything goes through the same use cases as the API.
 */
@Component
public class DemoOrganization {

    public static final String NAME = "Contoso";
    public static final String DEFAULT_USAGE_LOCATION = "US";
    static final String DOMAIN = "contoso.com";

    /** given name, surname, usage location (blank: none), department, job title */
    private static final String[][] PEOPLE = {
            {"Adele", "Vance", "US", "Retail", "Retail Manager"},
            {"Alex", "Wilber", "US", "Marketing", "Marketing Assistant"},
            {"Allan", "Deyoung", "US", "IT", "IT Admin"},
            {"Christie", "Cline", "US", "Sales", "Senior Sales Executive"},
            {"Debra", "Berger", "US", "Executive Management", "Administrative Assistant"},
            {"Diego", "Siciliani", "US", "HR", "HR Manager"},
            {"Emily", "Braun", "US", "Finance", "Budget Analyst"},
            {"Enrico", "Cattaneo", "IT", "Legal", "Attorney"},
            {"Grady", "Archie", "US", "Engineering", "Designer"},
            {"Henrietta", "Mueller", "DE", "Engineering", "Developer"},
            {"Irvin", "Sayers", "US", "Engineering", "Director"},
            {"Isaiah", "Langer", "US", "Sales", "Sales Rep"},
            {"Johanna", "Lorenz", "DE", "Engineering", "Senior Engineer"},
            {"Joni", "Sherman", "US", "Legal", "Paralegal"},
            {"Lee", "Gu", "US", "Manufacturing", "Director"},
            {"Lidia", "Holloway", "US", "Engineering", "Product Manager"},
            {"Lynne", "Robbins", "US", "Retail", "Planner"},
            {"Megan", "Bowen", "US", "Marketing", "Marketing Manager"},
            {"Miriam", "Graham", "US", "Sales", "Director"},
            {"Nestor", "Wilke", "US", "Operations", "Director"},
            {"Patti", "Fernandez", "US", "Executive Management", "President"},
            {"Pradeep", "Gupta", "IN", "Finance", "Accountant"},
            {"Oliver", "Bennett", "GB", "Sales", "Account Manager"},
            {"Amelia", "Hughes", "GB", "Finance", "Financial Controller"},
            {"Harry", "Clarke", "GB", "Engineering", "Site Reliability Engineer"},
            {"Charlotte", "Davies", "GB", "Marketing", "Content Strategist"},
            {"Siobhan", "Murphy", "IE", "Support", "Support Engineer"},
            {"Cian", "O'Brien", "IE", "Support", "Support Lead"},
            {"Sofia", "Larsson", "SE", "Engineering", "Developer"},
            {"Erik", "Johansson", "SE", "Sales", "Sales Rep"},
            {"Astrid", "Nilsson", "SE", "HR", "Recruiter"},
            {"Lars", "Andersson", "SE", "Operations", "Logistics Coordinator"},
            {"Daan", "de Vries", "NL", "Engineering", "Developer"},
            {"Sanne", "Jansen", "NL", "Finance", "Controller"},
            {"Bram", "Visser", "NL", "Sales", "Account Executive"},
            {"Lotte", "Bakker", "NL", "Support", "Support Engineer"},
            {"Giulia", "Rossi", "IT", "Marketing", "Brand Manager"},
            {"Marco", "Bianchi", "IT", "Sales", "Sales Manager"},
            {"Francesca", "Romano", "IT", "Finance", "Payroll Specialist"},
            {"Lukas", "Schneider", "DE", "Operations", "Operations Manager"},
            {"Mia", "Fischer", "DE", "Sales", "Inside Sales"},
            {"Felix", "Weber", "DE", "IT", "Systems Engineer"},
            {"Andrei", "Popescu", "RO", "Engineering", "Developer"},
            {"Ioana", "Ionescu", "RO", "Support", "Support Engineer"},
            {"Mihai", "Dumitrescu", "RO", "Finance", "Accountant"},
            {"Elena", "Stan", "RO", "HR", "HR Specialist"},
            {"Camille", "Martin", "FR", "Marketing", "Events Manager"},
            {"Lucas", "Bernard", "FR", "Sales", "Sales Rep"},
            {"Chloé", "Dubois", "FR", "Engineering", "QA Engineer"},
            {"Lucía", "García", "ES", "Sales", "Sales Rep"},
            {"Javier", "Martínez", "ES", "Support", "Support Engineer"},
            {"Émilie", "Tremblay", "CA", "Engineering", "Data Engineer"},
            {"Liam", "Roy", "CA", "Sales", "Account Manager"},
            {"Yuki", "Tanaka", "JP", "Engineering", "Developer"},
            {"Ana", "Souza", "BR", "Sales", "Sales Rep"},
            {"Noah", "Thompson", "AU", "Support", "Support Engineer"},
            {"Kofi", "Mensah", "", "Operations", "Contractor"},
            {"Priya", "Raman", "", "Engineering", "Intern"},
            {"Tomás", "Novak", "", "Sales", "Contractor"},
            {"Zoe", "Walker", "", "Marketing", "Intern"},
    };

    private final DirectoryService directory;
    private final BillingService billing;
    private final LicensingService licensing;
    private final CatalogStore catalog;

    public DemoOrganization(DirectoryService directory, BillingService billing, LicensingService licensing, CatalogStore catalog) {
        this.directory = directory;
        this.billing = billing;
        this.licensing = licensing;
        this.catalog = catalog;
    }

    public void populate(UUID tenantId, Actor actor) {
        List<User> people = createPeople(tenantId, actor);
        Map<String, Group> groups = createGroups(tenantId, actor, people);
        Products p = subscribe(tenantId, actor);
        assignLicenses(tenantId, actor, people, p);
    }

    private List<User> createPeople(UUID tenantId, Actor actor) {
        List<User> people = new ArrayList<>();
        Instant base = Instant.now().minus(400, ChronoUnit.DAYS);
        for (String[] person : PEOPLE) {
            String alias = ascii(person[0] + "." + person[1]).replace(" ", "").replace("'", "").toLowerCase(Locale.ROOT);
            UserChanges.Builder b = UserChanges.builder()
                    .set(UserProperty.userPrincipalName, alias + "@" + DOMAIN)
                    .set(UserProperty.displayName, person[0] + " " + person[1])
                    .set(UserProperty.givenName, person[0])
                    .set(UserProperty.surname, person[1])
                    .set(UserProperty.mail, alias + "@" + DOMAIN)
                    .set(UserProperty.department, person[3])
                    .set(UserProperty.jobTitle, person[4])
                    .set(UserProperty.companyName, NAME)
                    .set(UserProperty.accountEnabled, !person[4].equals("Contractor") || !person[2].isEmpty());
            if (!person[2].isEmpty()) {
                b.set(UserProperty.usageLocation, person[2]);
            }
            people.add(directory.createUser(tenantId, actor, b.build()));
        }
        return people;
    }

    private Map<String, Group> createGroups(UUID tenantId, Actor actor, List<User> people) {
        Map<String, Group> groups = new HashMap<>();
        for (String department : List.of("Sales", "Engineering", "Finance", "Marketing", "Support")) {
            Group g = directory.createGroup(tenantId, actor, new GroupDraft(department, "Everyone in " + department,
                    department.toLowerCase(Locale.ROOT), false, true));
            groups.put(department, g);
            people.stream().filter(u -> department.equals(u.department()))
                    .forEach(u -> directory.addMember(tenantId, actor, g.id(), u.id()));
        }
        Group all = directory.createGroup(tenantId, actor, new GroupDraft("All Company", "Everyone at Contoso", "allcompany", true, true));
        people.forEach(u -> directory.addMember(tenantId, actor, all.id(), u.id()));
        groups.put("All Company", all);
        return groups;
    }

    private Products subscribe(UUID tenantId, Actor actor) {
        Instant start = Instant.now().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        Instant renew = start.plus(365, ChronoUnit.DAYS);
        Subscription e3 = billing.subscribe(tenantId, actor, new NewSubscription("ENTERPRISEPACK", 25, SubscriptionStatus.Enabled, false, start, renew));
        Subscription e5 = billing.subscribe(tenantId, actor, new NewSubscription("SPE_E5", 10, SubscriptionStatus.Enabled, false, start, renew));
        Subscription exo = billing.subscribe(tenantId, actor, new NewSubscription("EXCHANGESTANDARD", 10, SubscriptionStatus.Enabled, false, start, renew));
        Subscription archive = billing.subscribe(tenantId, actor, new NewSubscription("EXCHANGEARCHIVE_ADDON", 5, SubscriptionStatus.Enabled, false, start, renew));
        Subscription calling = billing.subscribe(tenantId, actor, new NewSubscription("MCOPSTN1", 5, SubscriptionStatus.Enabled, false, start, renew));
        Subscription powerBi = billing.subscribe(tenantId, actor, new NewSubscription("POWER_BI_PRO", 6, SubscriptionStatus.Enabled, false, start, renew));
        // expired ten days ago, still in its grace period: Warning
        Instant expired = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        Subscription visio = billing.subscribe(tenantId, actor, new NewSubscription("VISIOCLIENT", 5, SubscriptionStatus.Warning, false,
                expired.minus(365, ChronoUnit.DAYS), expired));
        return new Products(e3.skuId(), e5.skuId(), exo.skuId(), archive.skuId(), calling.skuId(), powerBi.skuId(), visio.skuId());
    }

    private void assignLicenses(UUID tenantId, Actor actor, List<User> people, Products p) {
        UUID exchangeEnterprise = plan(tenantId, "EXCHANGE_S_ENTERPRISE");
        int e3 = 0;
        int e5 = 0;
        int exchange = 0;
        for (User u : people) {
            if (u.usageLocation() == null) {
                continue; // unlicensed until someone sets their usage location
            }
            boolean lead = Set.of("Director", "President", "Engineering").contains(u.jobTitle()) || u.jobTitle().startsWith("Senior");
            if (lead && e5 < 6 && !"RO".equals(u.usageLocation())) {
                assign(tenantId, actor, u, LicenseRequest.adding(p.e5));
                e5++;
            } else if (e3 < 18 && !"Support".equals(u.department())) {
                assign(tenantId, actor, u, LicenseRequest.adding(p.e3));
                e3++;
            } else if (exchange < 5) {
                assign(tenantId, actor, u, LicenseRequest.adding(p.exchange));
                exchange++;
            }
        }
        // Domestic calling for three E5 users where Microsoft sells it
        people.stream().filter(u -> licensing.licenses(tenantId, u.id()).effective().holds(p.e5))
                .filter(u -> Set.of("US", "GB", "DE").contains(u.usageLocation())).limit(3)
                .forEach(u -> assign(tenantId, actor, u, LicenseRequest.adding(p.calling)));
        // Archiving for two Exchange Online (Plan 1) users
        people.stream().filter(u -> licensing.licenses(tenantId, u.id()).effective().holds(p.exchange)).limit(2)
                .forEach(u -> assign(tenantId, actor, u, LicenseRequest.adding(p.archive)));
        // Power BI Pro: every seat used, by finance and the first analysts
        people.stream().filter(u -> u.usageLocation() != null)
                .filter(u -> "Finance".equals(u.department()) || u.jobTitle().contains("Analyst")).limit(6)
                .forEach(u -> assign(tenantId, actor, u, LicenseRequest.adding(p.powerBi)));
        // Visio (subscription in grace period) for two designers and engineers
        people.stream().filter(u -> u.usageLocation() != null)
                .filter(u -> Set.of("Designer", "Product Manager").contains(u.jobTitle())).limit(2)
                .forEach(u -> assign(tenantId, actor, u, LicenseRequest.adding(p.visio)));
        // One E3 user with Exchange turned off, to show an app switched off in a license
        people.stream().filter(u -> licensing.licenses(tenantId, u.id()).effective().holds(p.e3)).skip(3).findFirst()
                .ifPresent(u -> assign(tenantId, actor, u, LicenseRequest.adding(p.e3, exchangeEnterprise)));
    }

    private void assign(UUID tenantId, Actor actor, User user, LicenseRequest request) {
        licensing.assignLicense(tenantId, actor, user.id(), request);
    }

    private UUID plan(UUID tenantId, String name) {
        return catalog.planIdsByName(tenantId).get(name);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private record Products(UUID e3, UUID e5, UUID exchange, UUID archive, UUID calling, UUID powerBi, UUID visio) {
    }
}
