package io.berth.ui.audit;

import io.berth.common.harbor.HarborException;
import io.berth.ui.api.ListQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The {@code q} filter of audit logs: {@code operation}, {@code username}, {@code resource},
 * {@code resource_type} (exact, or fuzzy with {@code ~}) and {@code op_time=[from~to]}.
 */
public record AuditFilter(ListQuery.Term operation, ListQuery.Term username, ListQuery.Term resource,
        ListQuery.Term resourceType, Instant from, Instant to) {

    private static final DateTimeFormatter HARBOR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static AuditFilter parse(String q) {
        Map<String, ListQuery.Term> terms = ListQuery.parseQ(q);
        Instant from = null;
        Instant to = null;
        ListQuery.Term time = terms.get("op_time");
        if (time != null) {
            String v = time.value();
            if (!v.startsWith("[") || !v.endsWith("]") || !v.contains("~")) {
                throw HarborException.badRequest("op_time must be [from~to]");
            }
            String[] range = v.substring(1, v.length() - 1).split("~", 2);
            from = range[0].isBlank() ? null : instant(range[0].trim());
            to = range[1].isBlank() ? null : instant(range[1].trim());
        }
        return new AuditFilter(terms.get("operation"), terms.get("username"), terms.get("resource"),
                terms.get("resource_type"), from, to);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, HARBOR_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw HarborException.badRequest("op_time bounds must be 'yyyy-MM-dd HH:mm:ss' or RFC 3339");
            }
        }
    }
}
