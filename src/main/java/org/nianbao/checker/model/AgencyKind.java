package org.nianbao.checker.model;

/**
 * Which publication deadline applies (条例 Art. 49): a department of a government publishes by 31 January, a
 * government reporting as a whole by 31 March. UNKNOWN when the name does not say; deadline rules stay silent.
 */
public enum AgencyKind {
    DEPARTMENT, GOVERNMENT, UNKNOWN
}
