package org.sitrep.model;

/** The sixteen event types of the PLOVER ontology (openeventdata/PLOVER, PLOVER_MANUAL.tex). */
public enum EventType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
}
