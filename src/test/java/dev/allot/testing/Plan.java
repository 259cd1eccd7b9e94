package dev.allot.testing;

import java.util.UUID;

/** Real Microsoft service plans used in tests. */
public enum Plan {
    EXCHANGE_S_STANDARD("9aaf7827-d63c-4b61-89c3-182f06f82e5c"),
    EXCHANGE_S_ENTERPRISE("efb87545-963c-4e0d-99df-69c6916d9eb0"),
    EXCHANGE_S_DESKLESS("4a82b400-a79f-41a4-b4e2-e94f5787b113"),
    EXCHANGE_S_ARCHIVE_ADDON("176a09a6-7ec5-4039-ac02-b2791c6ba793"),
    MCOPSTN1("4ed3ff63-69d7-4fb7-b984-5aec7f605ca8"),
    MCOEV("4828c8ec-dc2e-4779-b502-87ac9ce28ab7"),
    BI_AZURE_P2("70d33638-9c74-4d01-bfd3-562de28bd4ba"),
    TEAMS1("57ff2da0-773e-42df-b2af-ffb7a2317929"),
    SHAREPOINTENTERPRISE("5dbe027f-2339-4123-9542-606e4d348a72"),
    OFFICESUBSCRIPTION("43de0ff5-c92c-492b-9116-175376d08c38"),
    INTUNE_O365("882e1d05-acd1-4ccb-8708-6ee03664b117");

    public final UUID id;

    Plan(String id) {
        this.id = UUID.fromString(id);
    }
}
