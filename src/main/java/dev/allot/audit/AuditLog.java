package dev.allot.audit;

import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records one audit event per change, in the transaction of the change itself: if the change rolls back, so
 * does its record, and a committed change always has one.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(UUID tenantId, Actor actor, String action, String targetType, String targetId, String result,
            Map<String, ?> detail) {
        jdbc.sql("""
                insert into audit_event (tenant_id, actor_type, actor_id, actor_name, action, target_type, target_id, result, detail, request_id)
                values (:tenant, :actorType, :actorId, :actorName, :action, :targetType, :targetId, :result, cast(:detail as jsonb), :requestId)
                """)
                .param("tenant", tenantId)
                .param("actorType", actor.type().name())
                .param("actorId", actor.id())
                .param("actorName", actor.name())
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("result", result)
                .param("detail", detail == null ? null : json.writeValueAsString(detail))
                .param("requestId", RequestIds.current())
                .update();
    }

    public void success(UUID tenantId, Actor actor, String action, String targetType, Object targetId, Map<String, ?> detail) {
        record(tenantId, actor, action, targetType, String.valueOf(targetId), "success", detail);
    }
}
