package io.xunlu.spark;

import java.io.Serializable;

/**
 * A unit with the global input index of its first input: the units' inputs are numbered
 * 0…N-1 in batch's order, which both spreads them evenly over partitions and keeps that order.
 */
record PlacedUnit(long firstIndex, InputUnit unit) implements Serializable {}
