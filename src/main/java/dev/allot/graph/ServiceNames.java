package dev.allot.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code service} of an assignedPlan, as Graph names it (exchange, SharePoint, ...). Microsoft's catalog
 * file does not carry it, so it is derived from the plan name's family; unknown families return the plan name.
 */
final class ServiceNames {

    private static final Map<String, String> BY_PREFIX = new LinkedHashMap<>();

    static {
        BY_PREFIX.put("EXCHANGE", "exchange");
        BY_PREFIX.put("SHAREPOINT", "SharePoint");
        BY_PREFIX.put("ONEDRIVE", "SharePoint");
        BY_PREFIX.put("MCO", "MicrosoftCommunicationsOnline");
        BY_PREFIX.put("TEAMS", "TeamspaceAPI");
        BY_PREFIX.put("OFFICESUBSCRIPTION", "MicrosoftOffice");
        BY_PREFIX.put("OFFICE_BUSINESS", "MicrosoftOffice");
        BY_PREFIX.put("BI_AZURE", "ProcessSimple");
        BY_PREFIX.put("POWERAPPS", "PowerAppsService");
        BY_PREFIX.put("FLOW", "ProcessSimple");
        BY_PREFIX.put("YAMMER", "YammerEnterprise");
        BY_PREFIX.put("VIVAENGAGE", "YammerEnterprise");
        BY_PREFIX.put("RMS", "RMSOnline");
        BY_PREFIX.put("INTUNE", "SCO");
        BY_PREFIX.put("AAD", "AADPremiumService");
        BY_PREFIX.put("MFA", "MultiFactorService");
        BY_PREFIX.put("PROJECT", "ProjectWorkManagement");
        BY_PREFIX.put("VISIO", "Visio");
        BY_PREFIX.put("SWAY", "Sway");
        BY_PREFIX.put("FORMS", "OfficeForms");
        BY_PREFIX.put("STREAM", "MicrosoftStream");
        BY_PREFIX.put("WHITEBOARD", "WhiteboardServices");
        BY_PREFIX.put("BPOS_S_TODO", "To-Do");
        BY_PREFIX.put("DYN365_CDS", "DYN365_CDS");
        BY_PREFIX.put("WIN", "Windows");
    }

    private ServiceNames() {
    }

    static String of(String planName) {
        String upper = planName.toUpperCase(java.util.Locale.ROOT);
        for (Map.Entry<String, String> e : BY_PREFIX.entrySet()) {
            if (upper.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return planName;
    }
}
