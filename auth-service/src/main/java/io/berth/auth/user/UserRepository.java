package io.berth.auth.user;

import io.berth.common.harbor.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Live (not deleted) accounts by id, name and e-mail, and paged listings. */
@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<UserAccount, Long> {

    public Optional<UserAccount> live(long id) {
        return findByIdOptional(id).filter(u -> !u.deleted);
    }

    /** The live account with exactly this name (the column compares code points, see V3). */
    public Optional<UserAccount> byName(String username) {
        return find("username = ?1 and deleted = false", username).firstResultOptional();
    }

    /** Whether a live account's name differs from this one in case only, or not at all. */
    public boolean nameTaken(String username) {
        return count("lower(username) = lower(?1) and deleted = false", username) > 0;
    }

    public Optional<UserAccount> byEmail(String email) {
        return find("email = ?1 and deleted = false", email).firstResultOptional();
    }

    /** Live accounts matching the filter, one page, and the total count. */
    public PageOf<UserAccount> list(UserFilter filter, Sort sort, int page, int pageSize) {
        StringBuilder where = new StringBuilder("deleted = false");
        Map<String, Object> params = new HashMap<>();
        filter.username().ifPresent(v -> add(where, params, "username", v, filter.usernameFuzzy()));
        filter.email().ifPresent(v -> add(where, params, "email", v, filter.emailFuzzy()));
        var query = find(where.toString(), sort, params);
        long total = query.count();
        PageRequest p = new PageRequest(page, pageSize);
        List<UserAccount> items = !p.reaches(total) ? List.of()
                : query.range((int) p.offset(), (int) p.offset() + pageSize - 1).list();
        return new PageOf<>(items, total);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, String value,
            boolean fuzzy) {
        if (fuzzy) {
            where.append(" and ").append(field).append(" like :").append(field).append(" escape '!'");
            params.put(field, "%" + value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        } else {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    /** One page of results and how many there are in all. */
    public record PageOf<T>(List<T> items, long total) {
    }

    /** Optional filters on user name and e-mail, each exact or fuzzy ({@code ~}). */
    public record UserFilter(Optional<String> username, boolean usernameFuzzy, Optional<String> email,
            boolean emailFuzzy) {
        public static final UserFilter NONE = new UserFilter(Optional.empty(), false, Optional.empty(), false);
    }
}
