package io.berth.auth.account;

import io.berth.auth.account.UserRepository.UserFilter;
import io.berth.common.harbor.HarborException;
import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.Optional;

/** Harbor's {@code q=k=v,k=~v} filter and {@code sort=f,-g} for the user list. */
final class UserQuery {

    private static final Map<String, String> SORTABLE = Map.of(
            "user_id", "id", "username", "username", "email", "email",
            "creation_time", "creationTime", "update_time", "updateTime");

    private UserQuery() {
    }

    static UserFilter filter(String q) {
        if (q == null || q.isBlank()) {
            return UserFilter.NONE;
        }
        Optional<String> username = Optional.empty();
        Optional<String> email = Optional.empty();
        boolean usernameFuzzy = false;
        boolean emailFuzzy = false;
        for (String part : q.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw HarborException.badRequest("invalid query: " + part);
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1);
            boolean fuzzy = value.startsWith("~");
            if (fuzzy) {
                value = value.substring(1);
            }
            switch (key) {
                case "username" -> {
                    username = Optional.of(value);
                    usernameFuzzy = fuzzy;
                }
                case "email" -> {
                    email = Optional.of(value);
                    emailFuzzy = fuzzy;
                }
                default -> throw HarborException.badRequest("unsupported query key: " + key);
            }
        }
        return new UserFilter(username, usernameFuzzy, email, emailFuzzy);
    }

    static Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by("id");
        }
        Sort s = null;
        for (String part : sort.split(",")) {
            String f = part.trim();
            boolean desc = f.startsWith("-");
            String field = SORTABLE.get(desc ? f.substring(1) : f);
            if (field == null) {
                throw HarborException.badRequest("unsupported sort key: " + f);
            }
            Sort.Direction d = desc ? Sort.Direction.Descending : Sort.Direction.Ascending;
            s = s == null ? Sort.by(field, d) : s.and(field, d);
        }
        return s;
    }
}
