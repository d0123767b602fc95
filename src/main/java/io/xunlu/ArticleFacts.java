package io.xunlu;

import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.person.PersonFinding;
import io.xunlu.extract.project.ProjectFinding;
import io.xunlu.link.LinkedOfficial;
import java.util.List;

/** Everything found in one item, in the coordinates of the item's view text, linked. */
public record ArticleFacts(List<LinkedOfficial> officials, List<PersonFinding> people,
                           List<EntityFinding> organizations, List<EntityFinding> places,
                           List<ProjectFinding> projects) {}
