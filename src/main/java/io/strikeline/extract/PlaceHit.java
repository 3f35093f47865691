package io.strikeline.extract;

import io.strikeline.geo.Place;
import java.util.List;

/**
 * A gazetteer name at tokens {@code [from, to)}: its readings, whether "from" precedes it, whether it is where a strike
 * was launched from ("rockets fired from ..."), whether it is named only as off that town ("south of ..."), and the
 * one chosen.
 */
record PlaceHit(int from, int to, List<Place> options, boolean origin, boolean launchSite, boolean offTown, Place chosen) {}
