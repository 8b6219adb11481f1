package org.puente.removals.api;

/** The relation of a linked relative to the person. */
public enum FamilyRelation {
  PARENT,
  CHILD,
  SPOUSE,
  SIBLING,
  GUARDIAN,
  OTHER
}
