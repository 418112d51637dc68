package io.berth.auth.account;

import io.berth.auth.user.UserRepository.UserFilter;
import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.ListParams;
import io.berth.common.harbor.ListParams.Term;
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
        Optional<Term> username = Optional.empty();
        Optional<Term> email = Optional.empty();
        for (Map.Entry<String, Term> t : ListParams.terms(q).entrySet()) {
            switch (t.getKey()) {
                case "username" -> username = Optional.of(t.getValue());
                case "email" -> email = Optional.of(t.getValue());
                default -> throw HarborException.badRequest("unsupported query key: " + t.getKey());
            }
        }
        return new UserFilter(username.map(Term::value), username.filter(Term::fuzzy).isPresent(),
                email.map(Term::value), email.filter(Term::fuzzy).isPresent());
    }

    static Sort sort(String sort) {
        Sort s = Sort.by("id");
        boolean first = true;
        for (ListParams.SortKey k : ListParams.sortKeys(sort, SORTABLE)) {
            Sort.Direction d = k.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            s = first ? Sort.by(k.field(), d) : s.and(k.field(), d);
            first = false;
        }
        return s;
    }
}
