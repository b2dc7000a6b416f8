package org.newsarchive.architecture.cycle.second;

import org.newsarchive.architecture.cycle.first.First;

/** The other half of the deliberate package cycle. */
public class Second {

    First first;
}
