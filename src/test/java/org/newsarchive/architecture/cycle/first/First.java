package org.newsarchive.architecture.cycle.first;

import org.newsarchive.architecture.cycle.second.Second;

/** One half of a deliberate package cycle, which {@code PackageCyclesTest} must find. */
public class First {

    Second second;
}
