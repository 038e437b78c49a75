list(APPEND JB_CORE_SOURCES
    domain/Organisation.h domain/Organisation.cpp
    domain/ReferenceItem.h
    domain/DatabaseStats.h)
