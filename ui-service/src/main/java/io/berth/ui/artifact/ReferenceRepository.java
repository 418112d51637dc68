package io.berth.ui.artifact;

import io.berth.common.event.Platform;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ReferenceRepository implements PanacheRepositoryBase<ReferenceEntity, Long> {

    public List<ReferenceEntity> ofParent(long parentId) {
        return list("parentId", Sort.by("childDigest"), parentId);
    }

    /** The index's children, each once, with the platform the index names for it if any. */
    public void replace(long parentId, List<String> childDigests, Map<String, Platform> platforms) {
        delete("parentId", parentId);
        for (String d : new LinkedHashSet<>(childDigests)) {
            ReferenceEntity r = new ReferenceEntity();
            r.parentId = parentId;
            r.childDigest = d;
            Platform p = platforms == null ? null : platforms.get(d);
            if (p != null) {
                r.os = p.os();
                r.architecture = p.architecture();
                r.variant = p.variant();
            }
            persist(r);
        }
    }
}
