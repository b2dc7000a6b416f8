package org.newsarchive.outlet;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** An outlet as other views name and link it. */
@ProjectionConstructor
public record OutletRef(@FieldProjection String name, @FieldProjection String slug) {

    public static OutletRef of(Outlet outlet) {
        return new OutletRef(outlet.getName(), outlet.getSlug());
    }
}
