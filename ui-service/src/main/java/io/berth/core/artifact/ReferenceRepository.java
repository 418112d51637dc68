package io.berth.core.artifact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ReferenceRepository implements PanacheRepositoryBase<ReferenceEntity, Long> {

    public List<ReferenceEntity> ofParent(long parentId) {
        return list("parentId", Sort.by("childDigest"), parentId);
    }

    public void replace(long parentId, List<String> childDigests) {
        delete("parentId", parentId);
        for (String d : childDigests) {
            ReferenceEntity r = new ReferenceEntity();
            r.parentId = parentId;
            r.childDigest = d;
            persist(r);
        }
    }
}
