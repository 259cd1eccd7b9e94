package dev.allot.testing;

import java.util.UUID;

/** Real Microsoft products used in tests, by the names admins know. */
public enum Sku {
    E3("ENTERPRISEPACK", "6fd2c87f-b296-42f0-b197-1e91e994b900"),
    E5("SPE_E5", "06ebc4ee-1bb5-47dd-8120-11324bc54e06"),
    EXCHANGE_PLAN_1("EXCHANGESTANDARD", "4b9405b0-7788-4568-add1-99614e613b69"),
    EXCHANGE_PLAN_2("EXCHANGEENTERPRISE", "19ec0d23-8335-4cbd-94ac-6050e30712fa"),
    EXCHANGE_KIOSK("EXCHANGEDESKLESS", "80b2d799-d2ba-4d2a-8842-fb0d0f3a4b82"),
    ARCHIVING("EXCHANGEARCHIVE_ADDON", "ee02fd1b-340e-4a4b-b355-4a514e4c8943"),
    DOMESTIC_CALLING("MCOPSTN1", "0dab259f-bf13-4952-b7f8-7db8f131b28d"),
    TEAMS_PHONE("MCOEV", "e43b5b99-8dfb-405f-9987-dc307f34bcbd"),
    POWER_BI_PRO("POWER_BI_PRO", "f8a1db68-be16-40ed-86d5-cb42ce701560"),
    VISIO_PLAN_2("VISIOCLIENT", "c5928f49-12ba-48f7-ada3-0d743a3601d5"),
    EXTRA_FILE_STORAGE("SHAREPOINTSTORAGE", "99049c9c-6011-4908-bf17-15f496e6519d");

    public final String partNumber;
    public final UUID id;

    Sku(String partNumber, String id) {
        this.partNumber = partNumber;
        this.id = UUID.fromString(id);
    }
}
